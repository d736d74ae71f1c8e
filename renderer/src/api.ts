import type { KindbreakApi } from '../../electron/contract'

declare global {
  interface Window {
    readonly kindbreak: KindbreakApi
  }
}

/** The preload's bridge to the main process: the only way the window talks to the rest of the app. */
export const api: KindbreakApi = window.kindbreak

/** Electron wraps a refusal as "Error invoking remote method 'x': RequestRefused: why"; people need only the why. */
export function refusalMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^Error invoking remote method '[^']*': (?:\w*Error|RequestRefused): /, '').replace(/^[\w-]+:[\w-]+: /, '')
}
