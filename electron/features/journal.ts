/**
 * The reframing journal in the running app: the append-only store under userData (opened just after the
 * tray, so start-up never waits for it), encrypted through safeStorage when the person wants it and the
 * computer can, with drafts, search, export/import through the system's dialogs, the gentle trend, and
 * the crisis lines' links. Every request is answered from memory; only saving touches the disk.
 */
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { JournalStatus, Notice } from '../contract'
import { createJournalSearch, type JournalEntry, type UtcOffsetMinutes } from '../core/journal'
import { RequestRefused } from '../platform/ipc'
import type { JournalProblem } from '../core/journal/problems'
import { openJournalStore, type JournalStore } from '../platform/journal-store'
import { backupHandlers } from './journal-backup-handlers'
import { draftHandlers } from './journal-draft-handlers'
import { DRAFT_FILE_NAMES, openDraftFile, slotOf, type DraftSlot } from './journal-drafts'
import { chooseEncryption, type JournalEncryption } from './journal-encryption'
import { entryHandlers, historyHandlers } from './journal-entry-handlers'
import { statusHandlers } from './journal-status-handlers'
import type { Drafts, HandlerParts, JournalDeps, JournalHandlers } from './journal-types'

export type { JournalDeps, JournalHandlers } from './journal-types'

/**
 * The first search folds every entry's text (about 16 µs an entry), so it is done ahead, in slices small
 * enough that the tray and the window never wait on it for long.
 */
const WARM_UP_SLICE = 2_000
/** Any one-letter word makes the searcher fold an entry; which letter does not matter. */
const WARM_UP_QUERY = { text: 'a' }

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
    if (disposed) throw new RequestRefused({ code: 'journal-closed' })
    const encryption = chooseEncryption(deps.settings().journal.encrypt, deps.safeStorage, deps.platform)
    const store = openJournalStore({ dir: deps.userData, now: deps.clock.now, cipher: encryption.cipher, encryptWrites: encryption.encryptWrites })
    opened = { store, encryption }
    if (!tell) return opened
    const notices = noticesFor(store.problems, deps.clock.now())
    notices.forEach(deps.addNotice)
    if (notices.length > 0) deps.onChange()
    return opened
  }

  const drafts = openDrafts(deps, () => open().encryption)

  // Words the person deleted, or replaced by an edit, must not stay readable in the log until the next
  // routine compaction: the file is rewritten without them on the next turn, once for a burst of changes.
  const forgetReplacedSoon = onceOnTheNextTurn(later, () => {
    if (!disposed) opened?.store.compact()
  })

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

/** Drafts are encrypted like the journal; one that cannot be read is set aside, and the person told. */
function openDrafts(deps: JournalDeps, encryption: () => JournalEncryption): Drafts {
  const draftFile = (slot: DraftSlot) => openDraftFile({
    file: path.join(deps.userData, DRAFT_FILE_NAMES[slot]),
    encryption: () => {
      const current = encryption()
      return { encryptWith: current.encryptWrites ? current.cipher : undefined, readWith: current.cipher }
    },
    now: deps.clock.now,
    onSetAside: (movedTo) => {
      deps.addNotice({ id: `journal-${slot}-draft-${deps.clock.now()}`, kind: 'file-set-aside', file: DRAFT_FILE_NAMES[slot], movedTo })
      deps.onChange()
    },
  })
  return { new: draftFile('new'), edit: draftFile('edit') }
}

/** A function that runs `task` later, once for however many calls come before it runs. */
function onceOnTheNextTurn(later: (task: () => void) => void, task: () => void): () => void {
  let queued = false
  return () => {
    if (queued) return
    queued = true
    later(() => {
      queued = false
      task()
    })
  }
}

/** Every request the journal answers, in groups by what they touch. */
function journalHandlers(parts: HandlerParts) {
  return {
    ...entryHandlers(parts),
    ...historyHandlers(parts),
    ...backupHandlers(parts),
    ...draftHandlers(parts),
    ...statusHandlers(parts),
  } satisfies JournalHandlers
}
