/**
 * The reframing journal in the running app. The store and everything that reads all of it live on the
 * journal's own thread (journal-service.ts, in a worker): main keeps what only main can do, the keyring
 * that unwraps the journal's key, the system's dialogs, the drafts and the notices, and answers each
 * request by asking that thread. The journal opens just after the tray, so start-up never waits for it.
 */
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { JournalStatus, Notice } from '../contract'
import type { Cipher } from '../core/journal/cipher'
import type { JournalProblem } from '../core/journal/problems'
import { errorCode, RequestRefused } from '../platform/ipc'
import { JOURNAL_KEY_FILE_NAME, loadRecordKey } from '../platform/journal-key'
import { recordCipher, type RecordKey } from '../platform/record-cipher'
import { localUtcOffset } from '../platform/wall-clock'
import { backupHandlers } from './journal-backup-handlers'
import { draftHandlers } from './journal-draft-handlers'
import { DRAFT_FILE_NAMES, draftSlots, openDraftFile, slotOf, type DraftSlot } from './journal-drafts'
import { chooseEncryption, type JournalEncryption } from './journal-encryption'
import { requestHandlers } from './journal-request-handlers'
import type { ThreadEncryption } from './journal-service'
import { journalWorkerThread, lazyJournalThread, type JournalThread } from './journal-thread'
import type { Drafts, HandlerParts, JournalDeps, JournalHandlers } from './journal-types'

export type { JournalDeps, JournalHandlers } from './journal-types'

/**
 * Records the keyring encrypted one by one (before the journal had its own key) are decrypted here, where
 * the keyring is, a slice per turn of main's loop, and handed to the thread, which rewrites them once.
 */
const LEGACY_SLICE = 500

export interface Journal {
  /** Opens the store soon, off the start-up path; any request before then opens it on the spot. */
  openSoon(): void
  /** The person changed a setting: if it was encryption, every record is rewritten in the new mode. */
  settingsChanged(): Promise<void>
  handlers: ReturnType<typeof journalHandlers>
  /** Kindbreak is quitting: resolves once the journal's thread has finished what it was given and closed. */
  finish(): Promise<void>
}

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

/** The journal as it is open: how it encrypts, the cipher of its key (for the drafts), and where it is. */
interface Opened {
  encryption: JournalEncryption
  records: Cipher | undefined
  path: string
}

export function createJournal(deps: JournalDeps): Journal {
  const utcOffset = deps.utcOffset ?? localUtcOffset
  const later = deps.later ?? ((task: () => void) => void setImmediate(task))
  const serviceOptions = { now: deps.clock.now, later, newId: deps.newId ?? randomUUID, utcOffset }
  const inProcess = () => lazyJournalThread(async () => (await import('./journal-in-process')).inProcessJournalThread(serviceOptions))
  let opening: Promise<Opened> | null = null
  /** What `opening` resolved to, for the drafts, which are read and written synchronously. */
  let opened: Opened | null = null
  let finishing: Promise<void> | null = null
  const thread: JournalThread = deps.workerScript
    ? journalWorkerThread({ script: deps.workerScript, now: deps.clock.now, fallback: inProcess, onLost: () => void (opening = null) })
    : inProcess()

  const openJournal = async (): Promise<Opened> => {
    const encryption = chooseEncryption(deps.settings().journal.encrypt, deps.safeStorage, deps.platform)
    const { key, thread: threadEncryption } = keyFor(deps, encryption)
    const { problems, path: file } = await thread.call('open', deps.userData, threadEncryption)
    if (encryption.keyring) await adoptLegacyRecords(thread, encryption.keyring)
    const kept = await thread.call('finishOpening')
    tell(deps, noticesFor([...problems, ...kept], deps.clock.now()))
    opened = { encryption, records: key ? recordCipher(key) : undefined, path: file }
    return opened
  }

  const open = (): Promise<Opened> => {
    if (finishing) return Promise.reject(new RequestRefused({ code: 'journal-closed' }))
    // A failed opening (a full disk, a thread that stopped) is tried again by the next request.
    opening ??= openJournal().catch((error: unknown) => {
      opening = null
      throw error
    })
    return opening
  }

  const drafts = openDrafts(deps, () => opened)

  /**
   * The person switched encryption: every record is rewritten once in the new mode, the keyring still
   * reading the old one; the drafts follow, so no plain copy of them stays behind.
   */
  const changeMode = async (current: Opened): Promise<Opened> => {
    const wanted = chooseEncryption(deps.settings().journal.encrypt, deps.safeStorage, deps.platform)
    if (wanted.encryptWrites === current.encryption.encryptWrites) return current
    const kept = draftSlots.map((slot) => drafts[slot].read())
    const { key, thread: threadEncryption } = keyFor(deps, wanted)
    await thread.call('changeMode', threadEncryption)
    opened = { ...current, encryption: wanted, records: key ? recordCipher(key) : undefined }
    for (const draft of kept) if (draft) drafts[slotOf(draft)].write(draft)
    return opened
  }

  return {
    openSoon() {
      later(() => {
        if (!finishing) void open().catch(() => undefined)
      })
    },
    settingsChanged(): Promise<void> {
      const before = opening
      if (!before) return Promise.resolve()
      // Requests from here on wait for the change (the window asks for the status right after a switch),
      // so none sees the old mode once the person has changed it.
      const changed = before.then(changeMode)
      opening = changed
      // Nothing is lost if the rewrite fails (the file is replaced atomically, and a mixed file reads whole):
      // the next request opens the journal again, in the mode the settings ask for.
      return changed.then(
        () => undefined,
        (error: unknown) => {
          opening = null
          console.error(`The journal could not switch encryption: ${errorCode(error)}`)
        },
      )
    },
    handlers: journalHandlers({ deps, ready: async () => (await open(), thread), status: async () => status(await open(), await thread.call('count'), deps), drafts, utcOffset }),
    finish() {
      finishing ??= thread.close()
      return finishing
    },
  }
}

function tell(deps: JournalDeps, notices: readonly Notice[]): void {
  notices.forEach(deps.addNotice)
  if (notices.length > 0) deps.onChange()
}

/** The journal's key for this mode: unwrapped by the keyring, and made when encryption is wanted and there is none. */
function keyFor(deps: JournalDeps, encryption: JournalEncryption): { key: RecordKey | null; thread: ThreadEncryption } {
  const loaded = encryption.keyring
    ? loadRecordKey({ file: path.join(deps.userData, JOURNAL_KEY_FILE_NAME), keyring: encryption.keyring, create: encryption.encryptWrites, now: deps.clock.now })
    : { key: null }
  if (loaded.setAside) tell(deps, [{ id: `journal-key-${deps.clock.now()}`, kind: 'file-set-aside', file: JOURNAL_KEY_FILE_NAME, movedTo: loaded.setAside }])
  return { key: loaded.key, thread: { key: loaded.key, encryptWrites: encryption.encryptWrites && loaded.key !== null } }
}

/** Records the keyring encrypted itself: decrypted here a slice per turn, taken in and rewritten by the thread. */
async function adoptLegacyRecords(thread: JournalThread, keyring: Cipher): Promise<void> {
  for (;;) {
    const slice = await thread.call('lockedRecords', keyring.id, LEGACY_SLICE)
    if (slice.length === 0) return
    await thread.call('adopt', slice.flatMap(({ id, data }) => {
      try {
        return [{ id, plain: keyring.decrypt(data) }]
      } catch {
        // Not this keyring's after all, or damaged: it stays kept and unread, and is counted as such.
        return []
      }
    }))
  }
}

function status({ encryption, path: file }: Opened, entryCount: number, deps: JournalDeps): JournalStatus {
  return {
    encryptionWanted: deps.settings().journal.encrypt,
    encrypted: encryption.encryptWrites,
    encryptionAvailable: encryption.encryptionAvailable,
    backend: encryption.backend,
    backendProtects: encryption.backendProtects,
    protected: encryption.encryptWrites,
    entryCount,
    path: file,
  }
}

/**
 * Drafts are encrypted like the journal, with its key, and read with the keyring too (a draft from before
 * the key); one that cannot be read is set aside, and the person told. They are small, so they stay in main.
 */
function openDrafts(deps: JournalDeps, opened: () => Opened | null): Drafts {
  const draftFile = (slot: DraftSlot) => openDraftFile({
    file: path.join(deps.userData, DRAFT_FILE_NAMES[slot]),
    encryption: () => {
      const current = opened()
      const readers = [current?.records, current?.encryption.keyring].filter((cipher): cipher is Cipher => cipher !== undefined)
      return { encryptWith: current?.encryption.encryptWrites ? current.records : undefined, readWith: readers }
    },
    now: deps.clock.now,
    onSetAside: (movedTo) => {
      deps.addNotice({ id: `journal-${slot}-draft-${deps.clock.now()}`, kind: 'file-set-aside', file: DRAFT_FILE_NAMES[slot], movedTo })
      deps.onChange()
    },
  })
  return Object.fromEntries(draftSlots.map((slot) => [slot, draftFile(slot)])) as Drafts
}

/** Every request the journal answers, in groups by what they touch. */
function journalHandlers(parts: HandlerParts) {
  return {
    ...requestHandlers(parts),
    ...backupHandlers(parts),
    ...draftHandlers(parts),
  } satisfies JournalHandlers
}
