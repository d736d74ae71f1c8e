import type { KindbreakApi } from '../../electron/contract'

declare global {
  interface Window {
    readonly kindbreak: KindbreakApi
  }
}

/** The preload's bridge to the main process: the only way the window talks to the rest of the app. */
export const api: KindbreakApi = window.kindbreak
