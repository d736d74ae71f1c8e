/**
 * The one IPC contract between the window and the main process. Channel names live only here; main
 * validates every request's arguments against `args` before a handler sees them.
 * The renderer may import this file with `import type` only.
 */
import { z } from 'zod'
import { checkInSchema } from './core/break-events'
import type { DesktopView } from './core/desktop'
import type { Locale } from './common/locale'
import { journalKinds } from './common/journal-kinds'
import type { BackupRefusal } from './common/journal-problems'
import { draftSlots } from './common/journal-draft-slots'
import type { BreakStatus } from './common/schedule-status'
import type { Notice } from './core/notices'
import { phraseLimits, phraseSteps, type PhraseBank, type PhraseErrorCode } from './core/phrases'
import type { AvailableActions, SchedulerStatus } from './core/scheduler'
import { pauseChoices } from './core/scheduler/pause'
import { screens, type Screen } from './common/screens'
import { settingsPatchSchema, type Settings } from './core/settings'
import type { PracticePart } from './core/practice-backup'
export type { PracticePart }
import type { FieldIssue, ImportReport, JournalDay, JournalDraft, JournalEntry } from './core/journal'
import type { KindnessTrend } from './core/trends'

export type { AvailableActions, DesktopView, Locale, Notice, SchedulerStatus, Screen, Settings }
export type { CheckIn } from './core/break-events'
export type { SettingsPatch } from './core/settings'
export type { FieldIssue, ImportReport, JournalDay, JournalDraft, JournalEntry, KindnessTrend }

/** What the window needs to draw itself; pulled on load (pushes alone would race React's first render). */
export interface AppState {
  screen: Screen
  /**
   * Whether the window is out of sight. The window reads it as it starts: one made ready ahead of its first
   * use starts resting, with no screen, as a hidden one does after `rest`, until a show navigates it.
   */
  hidden: boolean
  settings: Settings
  notices: Notice[]
  locale: Locale
  version: string
  /** The break timer: what it is doing, and what the popup and menu may offer. */
  breaks: { status: BreakStatus; actions: AvailableActions }
  /** What this desktop lets Kindbreak do, so the window can say it honestly. */
  desktop: DesktopView
}

/** Window → main requests (`ipcRenderer.invoke`): the channel of each. */
export const channels = {
  getState: 'app:get-state',
  updateSettings: 'settings:update',
  dismissNotice: 'notice:dismiss',
  hideWindow: 'window:hide',
  showingScreen: 'window:showing-screen',
  breakAction: 'break:action',
  practiceFinished: 'break:practice-finished',
  recordCheckIn: 'break:check-in',
  editPhrases: 'phrases:edit',
  saveJournalEntry: 'journal:save-entry',
  deleteJournalEntry: 'journal:delete-entry',
  undoJournalDelete: 'journal:undo-delete',
  journalHistory: 'journal:history',
  getJournalEntry: 'journal:get-entry',
  exportJournal: 'journal:export',
  importJournal: 'journal:import',
  getJournalDraft: 'journal:get-draft',
  saveJournalDraft: 'journal:save-draft',
  clearJournalDraft: 'journal:clear-draft',
  getJournalTrend: 'journal:trend',
  getJournalStatus: 'journal:status',
  openSupportLink: 'journal:open-support-link',
  openDataFolder: 'app:open-data-folder',
  restoreDefaultSettings: 'settings:restore-defaults',
  runCommand: 'app:run-command',
  getBreakHolds: 'breaks:holds',
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
    /** The window moved to another screen by itself (a button, Esc): main keeps its idea of the screen true. */
    showingScreen: z.tuple([z.enum(screens)]),
    breakAction: z.tuple([z.enum(['startNow', 'snooze', 'skip'])]),
    practiceFinished: z.tuple([z.object({ completed: z.boolean() }).strict()]),
    recordCheckIn: z.tuple([checkInSchema]),
    /** One change to the kind phrases; main starts from ours in the person's language when none are stored. */
    editPhrases: z.tuple([definePhraseEdit()]),
    ...defineJournalRequestArgs(),
    /** Opens the folder where Kindbreak keeps its files, in the system's file manager. */
    openDataFolder: z.tuple([]),
    /** Puts the Settings screen's preferences back to their defaults (the person's own words stay). */
    restoreDefaultSettings: z.tuple([]),
    /** What the tray menu offers, from the window: for desktops where no tray icon shows. */
    runCommand: z.tuple([z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('pause'), choice: z.enum(pauseChoices) }).strict(),
      z.object({ kind: z.literal('resume-breaks') }).strict(),
      z.object({ kind: z.literal('quit') }).strict(),
    ])]),
    /** What this computer can tell about calls, Do Not Disturb, fullscreen windows and time away, for Settings. */
    getBreakHolds: z.tuple([]),
  } satisfies Record<keyof typeof channels, z.ZodType>
}

/** What each request resolves to. */
export interface Responses {
  getState: AppState
  updateSettings: Settings
  dismissNotice: Notice[]
  hideWindow: void
  showingScreen: void
  breakAction: void
  practiceFinished: void
  recordCheckIn: void
  editPhrases: PhraseEditResult
  saveJournalEntry: JournalSaveResult
  deleteJournalEntry: JournalEntryResult
  undoJournalDelete: JournalEntryResult
  journalHistory: JournalHistory
  getJournalEntry: JournalEntry | null
  exportJournal: JournalExportResult
  importJournal: JournalImportResult
  getJournalDraft: JournalDraft | null
  saveJournalDraft: { ok: true } | { ok: false; issues: FieldIssue[] }
  clearJournalDraft: void
  getJournalTrend: KindnessTrend
  getJournalStatus: JournalStatus
  openSupportLink: void
  openDataFolder: void
  restoreDefaultSettings: Settings
  runCommand: void
  getBreakHolds: BreakHoldsSupport
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

/**
 * The journal's requests. The schemas here only bound what may cross the process boundary (text well
 * above the 10,000-character limit); main runs every field through the journal's own validation
 * (electron/core/journal) so an over-long field comes back as a worded issue, not a refusal.
 */
function defineJournalRequestArgs() {
  const id = z.string().min(1).max(128)
  const text = z.string().max(100_000)
  const tags = z.array(z.string().max(64)).max(256)
  const draftSlot = z.enum(draftSlots)
  const draft = z
    .object({
      /** Present when the draft edits an entry that exists. */
      id: id.optional(),
      /** Absent: a reframing, the kind every entry was before there were kinds. */
      kind: z.enum(journalKinds).optional(),
      harshVoice: text.optional(),
      kindReply: text.optional(),
      situation: text.optional(),
      feelings: tags.optional(),
      intensityBefore: z.number().optional(),
      mindfulNaming: text.optional(),
      commonHumanity: text.optional(),
      intensityAfter: z.number().optional(),
      thinkingTraps: tags.optional(),
      letter: text.optional(),
      wentWell: text.optional(),
      alsoWentWell: text.optional(),
      aboutMe: text.optional(),
    })
    .strict()
  return {
    /** Without `id`: a new entry (id and time made in main), and the autosaved draft is cleared. With `id`: an edit. */
    saveJournalEntry: z.tuple([draft]),
    deleteJournalEntry: z.tuple([id]),
    /** Brings back an entry deleted in this run of the app. */
    undoJournalDelete: z.tuple([id]),
    /** One page of the history, newest first, narrowed by the search words and chips given. */
    journalHistory: z.tuple([
      z
        .object({
          page: z.number().int().min(0).max(1_000_000),
          pageSize: z.number().int().min(1).max(200).optional(),
          text: z.string().max(1_000).optional(),
          feelings: tags.optional(),
          thinkingTraps: tags.optional(),
          kinds: z.array(z.enum(journalKinds)).max(journalKinds.length).optional(),
        })
        .strict(),
    ]),
    getJournalEntry: z.tuple([id]),
    /** Main words the Markdown file itself, in the person's language, with the chips' own labels. */
    exportJournal: z.tuple([z.object({ format: z.enum(['markdown', 'json', 'csv']) }).strict()]),
    importJournal: z.tuple([]),
    /** 'new' is the reframing being written, 'letter' and 'good-things' the other kinds; 'edit' the changes to one that exists (a draft with its id). */
    getJournalDraft: z.tuple([draftSlot]),
    /** With an `id`, the changes to that entry; without, the new entry. */
    saveJournalDraft: z.tuple([draft]),
    clearJournalDraft: z.tuple([draftSlot]),
    getJournalTrend: z.tuple([]),
    /** Where the journal lives and what protects it, for the Settings screen. */
    getJournalStatus: z.tuple([]),
    /** Opens one of the crisis lines' pages in the browser; anything off the allowlist is refused. */
    openSupportLink: z.tuple([z.string().max(2_000)]),
  }
}
export type JournalDraftInput = z.output<ReturnType<typeof defineJournalRequestArgs>['saveJournalEntry']>[0]
export type JournalHistoryQuery = z.output<ReturnType<typeof defineJournalRequestArgs>['journalHistory']>[0]
export type JournalExportRequest = z.output<ReturnType<typeof defineJournalRequestArgs>['exportJournal']>[0]

/** A saved entry, or why it was not saved: worded issues per field, or an edit of an entry that is gone. */
export type JournalSaveResult =
  | { ok: true; entry: JournalEntry; created: boolean }
  | { ok: false; code: 'invalid'; issues: FieldIssue[] }
  | { ok: false; code: 'not-found' }
export type JournalEntryResult = { ok: true; entry: JournalEntry } | { ok: false; code: 'not-found' }

export interface JournalHistory {
  days: JournalDay[]
  page: number
  pageCount: number
  /** Entries that match the search (all of them when nothing is searched). */
  matching: number
  /** Every entry in the journal. */
  total: number
}

export type JournalExportResult = { ok: true; path: string; count: number } | { ok: false; code: 'canceled' }
export type JournalImportResult =
  /** `practice`: the parts of the person's practice the backup brought back, and those it held but could not be read. */
  | { ok: true; path: string; report: ImportReport; practice: { restored: PracticePart[]; unreadable: PracticePart[] } }
  | { ok: false; code: 'canceled' }
  /** The file is not a backup Kindbreak can use; `refusal` says why (the window words it), and nothing was changed. */
  | { ok: false; code: 'refused'; refusal: BackupRefusal }

/** Whether this computer can tell each thing a break waits for (or counts as one): false = "cannot tell". */
export interface BreakHoldsSupport {
  calls: boolean
  doNotDisturb: boolean
  fullscreen: boolean
  /** Time away from the keyboard and a locked screen, which count as a natural break. */
  away: boolean
}

export interface JournalStatus {
  /** The person's choice in Settings. */
  encryptionWanted: boolean
  /** Whether new entries are written encrypted right now. */
  encrypted: boolean
  /** Whether the operating system offers encryption at all. */
  encryptionAvailable: boolean
  /** What keeps the key: 'keychain' (macOS), 'dpapi' (Windows), or Linux's backend ('gnome_libsecret', 'kwallet5', 'basic_text'…). */
  backend: string
  /** Whether the backend keeps the key safe; false for Linux 'basic_text' (a key anyone can find) or 'unknown'. */
  backendProtects: boolean
  /**
   * Whether the journal is protected right now. Kindbreak encrypts only through a backend that protects,
   * so this equals `encrypted`; it is spelled out so Settings never has to infer it.
   */
  protected: boolean
  entryCount: number
  /** The journal file. */
  path: string
}

/** Main → window messages (`webContents.send`), each with its payload. */
export const events = {
  navigate: 'app:navigate',
  stateChanged: 'app:state-changed',
  /** The window was hidden: it puts its screen away, so nothing keeps running unseen (it is not throttled). */
  rest: 'app:rest',
} as const

export interface EventPayloads {
  navigate: Screen
  stateChanged: AppState
  rest: null
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
