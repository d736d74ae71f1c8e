/**
 * The shapes the journal feature's parts share: what it needs from the app, the requests it answers, and
 * what each group of request handlers is given. Apart from journal.ts so the handler groups can use them
 * without importing the file that composes them.
 */
import type { BrowserWindow, Dialog, Shell } from 'electron'
import type { JournalStatus, Locale, Notice, Responses, Settings } from '../contract'
import type { SettingsPatch } from '../core/settings'
import type { Clock } from '../core/clock'
import type { Platform } from '../core/desktop'
import type { UtcOffsetMinutes } from '../core/journal'
import type { SafeStoragePort } from '../platform/safe-storage-cipher'
import type { DraftSlot, openDraftFile } from './journal-drafts'
import type { JournalThread } from './journal-thread'

export interface JournalDeps {
  userData: string
  clock: Clock
  settings(): Settings
  /** Brings a backup's practice back into the settings (the settings feature's update). */
  saveSettings(patch: SettingsPatch): Settings
  locale(): Locale
  safeStorage: SafeStoragePort
  platform: Platform
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>
  shell: Pick<Shell, 'openExternal'>
  /** The window a dialog belongs to (so it opens in front of our always-on-top window), if any. */
  dialogParent(): BrowserWindow | null
  addNotice(notice: Notice): void
  /** Something the window shows changed (a notice was added): tell it. */
  onChange(): void
  /** The break history, for the trend. */
  eventsFile: string
  /** Defaults to crypto.randomUUID; tests pass their own. */
  newId?: () => string
  /** Defaults to the machine's time zone. */
  utcOffset?: UtcOffsetMinutes
  /** Runs `task` after the current start-up work; defaults to setImmediate. */
  later?: (task: () => void) => void
  /**
   * The built journal-worker.js: the journal then works in a worker thread. Without it (unit tests) the
   * same requests run on this thread.
   */
  workerScript?: string
}

type JournalRequest =
  | 'saveJournalEntry' | 'deleteJournalEntry' | 'undoJournalDelete' | 'journalHistory' | 'getJournalEntry' | 'exportJournal'
  | 'importJournal' | 'getJournalDraft' | 'saveJournalDraft' | 'clearJournalDraft' | 'getJournalTrend' | 'getJournalStatus'
  | 'openSupportLink'

export type JournalHandlers = { [N in JournalRequest]: (...args: never[]) => Responses[N] | Promise<Responses[N]> }

export type Drafts = Record<DraftSlot, ReturnType<typeof openDraftFile>>

/** What every group of handlers is given; each takes the parts it needs. */
export interface HandlerParts {
  deps: JournalDeps
  /** The journal's thread once the journal is open (opening it on the spot if it is not yet). */
  ready(): Promise<JournalThread>
  status(): Promise<JournalStatus>
  drafts: Drafts
  utcOffset: UtcOffsetMinutes
}
