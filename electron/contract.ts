/**
 * The one IPC contract between the window and the main process. Channel names live only here; main
 * validates every request's arguments against `args` before a handler sees them.
 * The renderer may import this file with `import type` only.
 */
import { z } from 'zod'
import { checkInSchema } from './core/break-events'
import type { Locale } from './core/locale'
import type { Notice } from './core/notices'
import { phraseBankSchema, phraseLimits, phraseSteps, type PhraseBank, type PhraseErrorCode } from './core/phrases'
import type { AvailableActions, SchedulerStatus } from './core/scheduler'
import type { Screen } from './core/screens'
import { settingsPatchSchema, type Settings } from './core/settings'

export type { AvailableActions, Locale, Notice, SchedulerStatus, Screen, Settings }
export type { CheckIn } from './core/break-events'
export type { SettingsPatch } from './core/settings'

/** What the window needs to draw itself; pulled on load (pushes alone would race React's first render). */
export interface AppState {
  screen: Screen
  settings: Settings
  notices: Notice[]
  locale: Locale
  version: string
  /** The break timer: what it is doing, and what the popup and menu may offer. */
  breaks: { status: SchedulerStatus; actions: AvailableActions }
}

/** Window → main requests (`ipcRenderer.invoke`): the channel of each. */
export const channels = {
  getState: 'app:get-state',
  updateSettings: 'settings:update',
  dismissNotice: 'notice:dismiss',
  hideWindow: 'window:hide',
  breakAction: 'break:action',
  practiceFinished: 'break:practice-finished',
  recordCheckIn: 'break:check-in',
  editPhrases: 'phrases:edit',
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
    breakAction: z.tuple([z.enum(['startNow', 'snooze', 'skip'])]),
    practiceFinished: z.tuple([z.object({ completed: z.boolean() }).strict()]),
    recordCheckIn: z.tuple([checkInSchema]),
    /** One change to the kind phrases, and our defaults in the person's language (the start when none are stored). */
    editPhrases: z.tuple([definePhraseEdit(), phraseBankSchema]),
  } satisfies Record<keyof typeof channels, z.ZodType>
}

/** What each request resolves to. */
export interface Responses {
  getState: AppState
  updateSettings: Settings
  dismissNotice: Notice[]
  hideWindow: void
  breakAction: void
  practiceFinished: void
  recordCheckIn: void
  editPhrases: PhraseEditResult
}

/** The changes the phrase editor can ask for; main runs each through the core's rules (electron/core/phrases.ts). */
function definePhraseEdit() {
  const step = z.enum(phraseSteps)
  const index = z.number().int().min(0)
  // Well above the core's limit, so an over-long phrase reaches the core and comes back as 'too-long'.
  const text = z.string().max(10 * phraseLimits.maxLength)
  return z.discriminatedUnion('kind', [
    /** Several at once (the "find my phrases" wishes): all are added, or none. */
    z.object({ kind: z.literal('add'), step, texts: z.array(text).min(1).max(phraseLimits.maxPerStep) }).strict(),
    z.object({ kind: z.literal('edit'), step, index, text }).strict(),
    z.object({ kind: z.literal('move'), step, from: index, to: index }).strict(),
    z.object({ kind: z.literal('delete'), step, index }).strict(),
    /** Without a step: every list goes back to our phrases. */
    z.object({ kind: z.literal('restore'), step: step.optional() }).strict(),
  ])
}
export type PhraseEdit = z.output<ReturnType<typeof definePhraseEdit>>

/** The lists after an edit, or the rule it broke: the window words it by `code`; `index` names which added text. */
export type PhraseEditResult = { ok: true; phrases: PhraseBank } | { ok: false; code: PhraseErrorCode; index?: number }

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
