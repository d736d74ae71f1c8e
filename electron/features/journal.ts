/**
 * The reframing journal in the running app: the append-only store under userData (opened just after the
 * tray, so start-up never waits for it), encrypted through safeStorage when the person wants it and the
 * computer can, with drafts, search, export/import through the system's dialogs, the gentle trend, and
 * the crisis lines' links. Every request is answered from memory; only saving touches the disk.
 */
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions, Shell } from 'electron'
import type {
  JournalDraftInput, JournalExportRequest, JournalHistory, JournalHistoryQuery, JournalStatus, Locale, Notice, Responses, Settings,
} from '../contract'
import { isBreakEvent, type BreakEvent } from '../core/break-events'
import type { Clock } from '../core/clock'
import {
  createJournalSearch, entryFromDraft, historyPage, reviseEntry, validateDraft, type JournalEntry, type UtcOffsetMinutes,
} from '../core/journal'
import { isSupportLineUrl } from '../core/support-lines'
import { kindnessTrend } from '../core/trends'
import type { Platform } from '../core/desktop'
import { mainText } from '../core/main-text'
import { openEventLog } from '../platform/event-log'
import { RequestRefused } from '../platform/ipc'
import { replaceFileAtomically } from '../platform/durable-files'
import { copyAside } from '../platform/set-aside'
import type { JournalProblem } from '../core/journal/problems'
import { openJournalStore, type JournalStore } from '../platform/journal-store'
import type { SafeStoragePort } from '../platform/safe-storage-cipher'
import { exportFileName, exportFilters, exportText, planImport } from './journal-backup'
import { DRAFT_FILE_NAMES, openDraftFile, slotOf, type DraftSlot } from './journal-drafts'
import { chooseEncryption, type JournalEncryption } from './journal-encryption'

/** One screenful and a little more: the window shows about six entries at once. */
const DEFAULT_PAGE_SIZE = 20
/** Deletions that can still be undone in this run; older ones are final, as the person was told. */
const UNDO_DEPTH = 50
const TREND_WEEKS = 8
const TREND_DAYS = 14
/**
 * The first search folds every entry's text (about 16 µs an entry), so it is done ahead, in slices small
 * enough that the tray and the window never wait on it for long.
 */
const WARM_UP_SLICE = 2_000
/** Any one-letter word makes the searcher fold an entry; which letter does not matter. */
const WARM_UP_QUERY = { text: 'a' }

export interface JournalDeps {
  userData: string
  clock: Clock
  settings(): Settings
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
}

type JournalRequest =
  | 'saveJournalEntry' | 'deleteJournalEntry' | 'undoJournalDelete' | 'journalHistory' | 'getJournalEntry' | 'exportJournal'
  | 'importJournal' | 'getJournalDraft' | 'saveJournalDraft' | 'clearJournalDraft' | 'getJournalTrend' | 'getJournalStatus'
  | 'openSupportLink'

export type JournalHandlers = { [N in JournalRequest]: (...args: never[]) => Responses[N] | Promise<Responses[N]> }

export interface Journal {
  /** Opens the store soon, off the start-up path; any request before then opens it on the spot. */
  openSoon(): void
  /** The person changed a setting: if it was encryption, every record is rewritten in the new mode. */
  settingsChanged(): void
  handlers: ReturnType<typeof journalHandlers>
  dispose(): void
}

const localUtcOffset: UtcOffsetMinutes = (epochMs) => -new Date(epochMs).getTimezoneOffset()

/** Problems the store met while opening, as notices the window puts into words. */
export function noticesFor(problems: readonly JournalProblem[], at: number): Notice[] {
  return problems.map((problem) => ({
    id: `journal-${problem.kind}-${at}`,
    kind: 'journal-problem',
    problem: problem.kind,
    count: 'count' in problem ? problem.count : 1,
    ...('movedTo' in problem ? { movedTo: problem.movedTo } : {}),
  }))
}

export function createJournal(deps: JournalDeps): Journal {
  const utcOffset = deps.utcOffset ?? localUtcOffset
  const newId = deps.newId ?? randomUUID
  const later = deps.later ?? ((task: () => void) => void setImmediate(task))
  let opened: { store: JournalStore; encryption: JournalEncryption } | null = null
  let disposed = false
  const search = createJournalSearch()

  const warmUpSearch = (entries: readonly JournalEntry[], from: number): void => {
    if (disposed || from >= entries.length) return
    search.search(entries.slice(from, from + WARM_UP_SLICE), WARM_UP_QUERY)
    later(() => warmUpSearch(entries, from + WARM_UP_SLICE))
  }

  /** `tell` is false when re-opening in a new mode: what the first opening found was already said. */
  const open = (tell = true): { store: JournalStore; encryption: JournalEncryption } => {
    if (opened) return opened
    if (disposed) throw new RequestRefused('the journal is closed because Kindbreak is quitting')
    const encryption = chooseEncryption(deps.settings().journal.encrypt, deps.safeStorage, deps.platform)
    const store = openJournalStore({ dir: deps.userData, now: deps.clock.now, cipher: encryption.cipher, encryptWrites: encryption.encryptWrites })
    opened = { store, encryption }
    if (!tell) return opened
    const notices = noticesFor(store.problems, deps.clock.now())
    notices.forEach(deps.addNotice)
    if (notices.length > 0) deps.onChange()
    return opened
  }

  const draftFile = (slot: DraftSlot) => openDraftFile({
    file: path.join(deps.userData, DRAFT_FILE_NAMES[slot]),
    encryption: () => {
      const { encryption } = open()
      return { encryptWith: encryption.encryptWrites ? encryption.cipher : undefined, readWith: encryption.cipher }
    },
    now: deps.clock.now,
    onSetAside: (movedTo) => {
      deps.addNotice({ id: `journal-${slot}-draft-${deps.clock.now()}`, kind: 'file-set-aside', file: DRAFT_FILE_NAMES[slot], movedTo })
      deps.onChange()
    },
  })
  const drafts: Drafts = { new: draftFile('new'), edit: draftFile('edit') }

  // Words the person deleted, or replaced by an edit, must not stay readable in the log until the next
  // routine compaction: the file is rewritten without them on the next turn, once for a burst of changes.
  let rewriteQueued = false
  const forgetReplacedSoon = () => {
    if (rewriteQueued) return
    rewriteQueued = true
    later(() => {
      rewriteQueued = false
      if (!disposed) opened?.store.compact()
    })
  }

  return {
    openSoon() {
      later(() => {
        if (!disposed) warmUpSearch(open().store.entries(), 0)
      })
    },
    settingsChanged() {
      if (!opened) return
      const wanted = chooseEncryption(deps.settings().journal.encrypt, deps.safeStorage, deps.platform)
      if (wanted.encryptWrites === opened.encryption.encryptWrites) return
      // Re-open in the new mode, keeping the cipher for reading, then rewrite every record once in that mode;
      // the drafts follow so no plain copy of them stays behind.
      const kept = [drafts.new.read(), drafts.edit.read()]
      opened.store.close()
      opened = null
      const { store } = open(false)
      store.compact()
      for (const draft of kept) if (draft) drafts[slotOf(draft)].write(draft)
    },
    handlers: journalHandlers({
      deps, search, store: () => open().store, status: () => status(open(), deps.settings().journal.encrypt), drafts, utcOffset, newId, forgetReplacedSoon,
    }),
    dispose() {
      disposed = true
      opened?.store.close()
      opened = null
    },
  }
}

function status({ store, encryption }: { store: JournalStore; encryption: JournalEncryption }, wanted: boolean): JournalStatus {
  return {
    encryptionWanted: wanted,
    encrypted: encryption.encryptWrites,
    encryptionAvailable: encryption.encryptionAvailable,
    backend: encryption.backend,
    backendProtects: encryption.backendProtects,
    protected: encryption.encryptWrites,
    entryCount: store.entries().length,
    path: store.path,
  }
}

type Drafts = Record<DraftSlot, ReturnType<typeof openDraftFile>>

interface HandlerParts {
  deps: JournalDeps
  search: ReturnType<typeof createJournalSearch>
  store(): JournalStore
  status(): JournalStatus
  drafts: Drafts
  utcOffset: UtcOffsetMinutes
  newId(): string
  /** Rewrites the log soon without superseded records, so deleted or replaced words leave the disk. */
  forgetReplacedSoon(): void
}

function journalHandlers({ deps, search, store, status, drafts, utcOffset, newId, forgetReplacedSoon }: HandlerParts) {
  const recentlyDeleted = new Map<string, JournalEntry>()
  let eventsDamageReported = false

  /** Unfinished changes to this entry are done with (saved, or the entry deleted); another entry's stay. */
  const clearEditDraftOf = (id: string) => {
    if (drafts.edit.read()?.id === id) drafts.edit.clear()
  }

  const remember = (entry: JournalEntry) => {
    recentlyDeleted.delete(entry.id)
    recentlyDeleted.set(entry.id, entry)
    const oldest = recentlyDeleted.keys().next()
    if (recentlyDeleted.size > UNDO_DEPTH && !oldest.done) recentlyDeleted.delete(oldest.value)
  }

  return {
    saveJournalEntry(input: JournalDraftInput): Responses['saveJournalEntry'] {
      const { id, ...content } = input
      const draft = validateDraft(content)
      if (!draft.ok) return { ok: false, code: 'invalid', issues: draft.issues }
      const now = deps.clock.now()
      if (id === undefined) {
        const entry = entryFromDraft(draft.value, { id: newId(), now })
        if (!entry.ok) return { ok: false, code: 'invalid', issues: entry.issues }
        const saved = store().upsert(entry.value)
        drafts.new.clear()
        return { ok: true, entry: saved, created: true }
      }
      const existing = store().get(id)
      if (existing === undefined) return { ok: false, code: 'not-found' }
      const revised = reviseEntry(existing, draft.value, now)
      if (!revised.ok) return { ok: false, code: 'invalid', issues: revised.issues }
      const saved = store().upsert(revised.value)
      clearEditDraftOf(id)
      forgetReplacedSoon()
      return { ok: true, entry: saved, created: false }
    },

    deleteJournalEntry(id: string): Responses['deleteJournalEntry'] {
      const removed = store().remove(id)
      if (removed === undefined) return { ok: false, code: 'not-found' }
      // Undo works from memory; unfinished changes to a deleted entry go with it.
      remember(removed)
      clearEditDraftOf(id)
      forgetReplacedSoon()
      return { ok: true, entry: removed }
    },

    undoJournalDelete(id: string): Responses['undoJournalDelete'] {
      const deleted = recentlyDeleted.get(id)
      // Another entry with this id appeared meanwhile (an import): it stays, and the old copy does not overwrite it.
      if (deleted === undefined || store().get(id) !== undefined) return { ok: false, code: 'not-found' }
      recentlyDeleted.delete(id)
      return { ok: true, entry: store().upsert(deleted) }
    },

    journalHistory(query: JournalHistoryQuery): JournalHistory {
      const all = store().entries()
      const filtered = query.text || query.feelings?.length || query.thinkingTraps?.length
      const matching = filtered ? search.search(all, query) : all
      const page = historyPage(matching, { page: query.page, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE, utcOffset })
      return { days: page.days, page: page.page, pageCount: page.pageCount, matching: matching.length, total: all.length }
    },

    getJournalEntry: (id: string) => store().get(id) ?? null,

    async exportJournal(request: JournalExportRequest): Promise<Responses['exportJournal']> {
      const now = deps.clock.now()
      const locale = deps.locale()
      const words = mainText[locale].dialogs
      const choice = await askSavePath(deps, {
        title: words.exportTitle,
        defaultPath: exportFileName(request.format, now, utcOffset),
        filters: exportFilters(request.format, words.fileTypes),
      })
      if (choice === null) return { ok: false, code: 'canceled' }
      const entries = store().entries()
      try {
        replaceFileAtomically(choice, exportText(entries, { ...request, locale }, now, utcOffset))
      } catch (error) {
        throw new RequestRefused(`${choice} could not be written (${(error as NodeJS.ErrnoException).code ?? 'error'}); nothing was exported`)
      }
      return { ok: true, path: choice, count: entries.length }
    },

    async importJournal(): Promise<Responses['importJournal']> {
      const words = mainText[deps.locale()].dialogs
      const choice = await askOpenPath(deps, {
        title: words.importTitle,
        filters: exportFilters('json', words.fileTypes),
        properties: ['openFile'],
      })
      if (choice === null) return { ok: false, code: 'canceled' }
      let plan: ReturnType<typeof planImport>
      try {
        plan = planImport(choice, store())
      } catch (error) {
        throw new RequestRefused(`${choice} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); nothing was changed`)
      }
      if (!plan.ok) return { ok: false, code: 'refused', message: plan.message }
      // One write and one fsync for the whole import: all of it is in the journal, or none of it.
      store().upsertMany(plan.merge.toWrite)
      return { ok: true, path: choice, report: plan.merge.report }
    },

    getJournalDraft: (slot: DraftSlot) => drafts[slot].read(),

    saveJournalDraft(input: JournalDraftInput): Responses['saveJournalDraft'] {
      const draft = validateDraft(input)
      if (!draft.ok) return { ok: false, issues: draft.issues }
      drafts[slotOf(draft.value)].write(draft.value)
      return { ok: true }
    },

    clearJournalDraft: (slot: DraftSlot) => drafts[slot].clear(),

    getJournalTrend() {
      const log = openEventLog<BreakEvent>(deps.eventsFile, isBreakEvent)
      const { records, skipped } = log.readAll()
      log.close()
      if (skipped > 0 && !eventsDamageReported) {
        // Lines that cannot be read are left out of the trend; the file as it was is kept, and the person told, once.
        eventsDamageReported = true
        const copyAt = copyAside(deps.eventsFile, deps.clock.now())
        deps.addNotice({ id: `break-events-${deps.clock.now()}`, kind: 'file-set-aside', file: path.basename(deps.eventsFile), movedTo: copyAt })
        deps.onChange()
      }
      return kindnessTrend({ entries: store().entries(), events: records, now: deps.clock.now(), utcOffset, weeks: TREND_WEEKS, days: TREND_DAYS })
    },

    getJournalStatus: status,

    async openSupportLink(url: string): Promise<void> {
      if (!isSupportLineUrl(url)) throw new RequestRefused(`${url} is not one of the support lines Kindbreak may open`)
      await deps.shell.openExternal(url)
    },
  } satisfies JournalHandlers
}

/** The chosen path, or null when cancelled. Attached to our window when it has focus, so it opens in front of it. */
async function askSavePath(deps: JournalDeps, options: SaveDialogOptions): Promise<string | null> {
  const parent = deps.dialogParent()
  const result = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

async function askOpenPath(deps: JournalDeps, options: OpenDialogOptions): Promise<string | null> {
  const parent = deps.dialogParent()
  const result = parent ? await deps.dialog.showOpenDialog(parent, options) : await deps.dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
