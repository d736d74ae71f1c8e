/**
 * The journal on its own thread: the append-only store and everything that reads all of it (opening,
 * search, history, the rewrite after a delete, export, import, the trend), so none of it holds up the
 * tray, the timer or an IPC answer in main. Main keeps the keyring, the dialogs and the drafts, and sends
 * requests; each answer is plain data.
 */
import { createJournalSearch, type JournalEntry, type UtcOffsetMinutes } from '../core/journal'
import type { JournalProblem } from '../core/journal/problems'
import { openJournalStore, type JournalStore } from '../platform/journal-store'
import { recordCipher, type RecordKey } from '../platform/record-cipher'
import { entryRequests, historyRequests } from './journal-service-entries'
import { fileRequests } from './journal-service-files'
import type { ServiceParts } from './journal-service-parts'

/**
 * The first search folds every entry's text (about 16 µs an entry), so it is done ahead, in slices small
 * enough that a request arriving meanwhile waits little for its turn.
 */
const WARM_UP_SLICE = 2_000
/** Any one-letter word makes the searcher fold an entry; which letter does not matter. */
const WARM_UP_QUERY = { text: 'a' }

/** How the thread encrypts: with the journal's key (unwrapped by main), when the person wants it. */
export interface ThreadEncryption {
  key: RecordKey | null
  encryptWrites: boolean
}

export interface JournalServiceOptions {
  now(): number
  /** Runs a task on a later turn of the thread's loop (setImmediate), so waiting requests go first. */
  later(task: () => void): void
  newId(): string
  utcOffset: UtcOffsetMinutes
}

export type JournalService = ReturnType<typeof createJournalService>

/** Problems found in the file itself; kept records are told once main has had its chance to read them. */
const isDamage = (problem: JournalProblem) => problem.kind === 'corrupt-records' || problem.kind === 'torn-tail'

export function createJournalService(options: JournalServiceOptions) {
  let store: JournalStore | null = null
  let folder = ''
  let closed = false
  let adoptedAny = false
  let handingOut: { id: string; data: string }[] | null = null
  const search = createJournalSearch()

  const openStore = (): JournalStore => {
    if (!store) throw new Error('The journal is not open.')
    return store
  }

  const warmUp = (entries: readonly JournalEntry[], from: number): void => {
    if (closed || from >= entries.length) return
    search.search(entries.slice(from, from + WARM_UP_SLICE), WARM_UP_QUERY)
    options.later(() => warmUp(entries, from + WARM_UP_SLICE))
  }

  const openIn = (dir: string, { key, encryptWrites }: ThreadEncryption): JournalStore => {
    store?.close()
    handingOut = null
    folder = dir
    store = openJournalStore({ dir, now: options.now, cipher: key ? recordCipher(key) : undefined, encryptWrites })
    return store
  }

  // Words the person deleted, or replaced by an edit, must not stay readable in the log until the next
  // routine compaction: the file is rewritten without them on the next turn, once for a burst of changes.
  const forgetReplacedSoon = onceOnTheNextTurn(options.later, () => {
    if (!closed) store?.compact()
  })

  const parts: ServiceParts = { store: openStore, search, now: options.now, newId: options.newId, utcOffset: options.utcOffset, forgetReplacedSoon }

  return {
    /** Opens the journal in `dir` and starts folding it for search; returns the damage found and set aside. */
    open(dir: string, encryption: ThreadEncryption): { problems: JournalProblem[]; path: string } {
      const opened = openIn(dir, encryption)
      warmUp(opened.entries(), 0)
      return { problems: opened.problems.filter(isDamage), path: opened.path }
    },
    /**
     * Records an older cipher wrote (the keyring itself, before the journal had its own key), for main to
     * decrypt: the next `limit` of them on each call, none once all were handed out.
     */
    lockedRecords(enc: string, limit: number): { id: string; data: string }[] {
      handingOut ??= openStore().lockedRecords(enc)
      const slice = handingOut.splice(0, limit)
      if (slice.length === 0) handingOut = null
      return slice
    },
    /** Records main decrypted; returns how many were valid entries and taken in. */
    adopt(records: readonly { id: string; plain: string }[]): number {
      const taken = records.filter((record) => openStore().adopt(record.id, record.plain)).length
      adoptedAny ||= taken > 0
      return taken
    },
    /** After adoption: rewrites adopted records under the journal's key, and names what stays unread. */
    finishOpening(): JournalProblem[] {
      if (adoptedAny) openStore().compact()
      adoptedAny = false
      return openStore().keptProblems()
    },
    /** The person switched encryption: every record is rewritten once in the new mode. */
    changeMode(encryption: ThreadEncryption): void {
      openStore()
      openIn(folder, encryption).compact()
    },
    count: () => openStore().entries().length,
    ...entryRequests(parts),
    ...historyRequests(parts),
    ...fileRequests(parts),
    close(): void {
      closed = true
      store?.close()
      store = null
    },
  }
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
