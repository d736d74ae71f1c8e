/**
 * The one IPC contract between the window and the main process. Channel names live only here; main
 * validates every request's arguments against `args` before a handler sees them.
 * The renderer may import this file with `import type` only.
 */
import { z } from 'zod'
import type { Locale } from './core/locale'
import type { Notice } from './core/notices'
import type { Screen } from './core/screens'
import { settingsPatchSchema, type Settings } from './core/settings'

export type { Locale, Notice, Screen, Settings }
export type { SettingsPatch } from './core/settings'

/** What the window needs to draw itself; pulled on load (pushes alone would race React's first render). */
export interface AppState {
  screen: Screen
  settings: Settings
  notices: Notice[]
  locale: Locale
  version: string
}

/** Window → main requests (`ipcRenderer.invoke`): the channel of each. */
export const channels = {
  getState: 'app:get-state',
  updateSettings: 'settings:update',
  dismissNotice: 'notice:dismiss',
  hideWindow: 'window:hide',
} as const

/**
 * The arguments each request must carry, checked in main before any handler runs. Kept apart from
 * `channels` so the sandboxed preload, which needs only the names, does not bundle the schema library.
 */
export const requestArgs = /* @__PURE__ */ defineRequestArgs()

function defineRequestArgs() {
  return {
  getState: z.tuple([]),
  updateSettings: z.tuple([settingsPatchSchema]),
  dismissNotice: z.tuple([z.string().min(1).max(200)]),
    hideWindow: z.tuple([]),
  } satisfies Record<keyof typeof channels, z.ZodType>
}

/** What each request resolves to. */
export interface Responses {
  getState: AppState
  updateSettings: Settings
  dismissNotice: Notice[]
  hideWindow: void
}

/** Main → window messages (`webContents.send`), each with its payload. */
export const events = {
  navigate: 'app:navigate',
  stateChanged: 'app:state-changed',
} as const

export interface EventPayloads {
  navigate: Screen
  stateChanged: AppState
}

export type RequestName = keyof typeof channels
export type EventName = keyof typeof events
export type RequestArgs<N extends RequestName> = z.input<(typeof requestArgs)[N]>

/** The object the preload exposes as `window.kindbreak`. */
export type KindbreakApi = {
  [N in RequestName]: (...args: RequestArgs<N>) => Promise<Responses[N]>
} & {
  /** Subscribes to a main → window message; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void
}
