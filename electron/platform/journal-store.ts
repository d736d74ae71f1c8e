import { closeSync, mkdirSync, openSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { sortNewestFirst, validateEntry, type JournalEntry, type JournalLookup } from '../core/journal'
import type { Cipher } from '../core/journal/cipher'
import { readLog, replaceFileAtomically, writeDurably, writeNewFileDurably } from './durable-files'
import { deleteLine, lockedRecordOf, putLine, readLine, readPlainEntry, type ReadRecord } from '../core/journal/log-format'
import type { JournalProblem } from '../core/journal/problems'

export const JOURNAL_FILE_NAME = 'journal.jsonl'

export interface LogStats {
  /** Entries the journal holds (including ones kept but unreadable right now). */
  liveRecords: number
  /** Lines in the file that a later line replaced or deleted: what compaction would drop. */
  supersededRecords: number
}

export interface JournalStoreOptions {
  /** Folder of the journal (userData in the app). Created if missing. */
  dir: string
  /** Wall clock, used only to name the file that corrupt records are moved to. */
  now: () => number
  /** Reads encrypted records and, unless `encryptWrites` is false, encrypts new ones. */
  cipher?: Cipher
  /** Defaults to whether a cipher was given. Turn off (keeping the cipher) to decrypt on the next compaction. */
  encryptWrites?: boolean
  /** Decides after each write whether to compact. Defaults to `shouldCompactByDefault`. */
  shouldCompact?: (stats: LogStats) => boolean
}

export interface JournalStore extends JournalLookup {
  readonly path: string
  /** What went wrong while opening, in plain words, with where anything moved aside now lives. */
  readonly problems: readonly JournalProblem[]
  /** Every readable entry, newest first. Entries are frozen: edit by upserting a new value. */
  entries(): readonly JournalEntry[]
  get(id: string): JournalEntry | undefined
  /** Validates, appends one record, fsyncs, then updates memory. Returns the entry as stored. */
  upsert(entry: JournalEntry): JournalEntry
  /** The same for many entries (an import) with a single write and fsync; all or nothing if any is invalid. */
  upsertMany(entries: readonly JournalEntry[]): JournalEntry[]
  /** Deletes and returns the removed entry, so the caller can offer undo by upserting it again. */
  remove(id: string): JournalEntry | undefined
  /** Rewrites the log with one record per entry, in the current encryption mode. */
  compact(): void
  /**
   * Records kept unread because `enc` (another cipher, such as the one before the journal had its own key)
   * wrote them: their ids and cipher texts, for whoever holds that cipher.
   */
  lockedRecords(enc: string): { id: string; data: string }[]
  /**
   * Takes in a kept record that was decrypted elsewhere, validated (and upgraded) like any record read from
   * disk. Memory only: the next compaction writes it in the current mode. False when it is not a valid entry.
   */
  adopt(id: string, plain: string): boolean
  /** Records kept unread as they stand now (after any adoption), as problems. */
  keptProblems(): JournalProblem[]
  stats(): LogStats
  close(): void
}

/** Compact once replaced records outnumber live ones, but not for small logs where it would not pay. */
export function shouldCompactByDefault(stats: LogStats): boolean {
  return stats.supersededRecords >= 1_000 && stats.supersededRecords >= stats.liveRecords
}

/**
 * An entry keeps the line it was read or written as, with the cipher that wrote it (null: plain), so a
 * rewrite in the same mode copies the line instead of encrypting the entry again.
 */
type Slot =
  | { kind: 'entry'; entry: JournalEntry; line: string | undefined; enc: string | null }
  | { kind: 'kept'; line: string; why: 'locked' | 'newer' }

/** The log folded into memory: the latest record of each entry, and how many records the file holds. */
interface FoldedLog {
  slots: Map<string, Slot>
  /** Every record line in the file, live or superseded: their difference decides compaction. */
  recordsInFile: number
}

/**
 * The journal as an append-only log of JSON lines (put / delete records), folded into memory when
 * opened. Saving appends one line and fsyncs, so it costs the same at 10 entries or 100,000;
 * compaction rewrites the file through an atomic rename now and then. Synchronous on purpose: a
 * save is one small write, and ordering stays obvious for crash safety.
 */
export function openJournalStore(options: JournalStoreOptions): JournalStore {
  mkdirSync(options.dir, { recursive: true })
  const path = join(options.dir, JOURNAL_FILE_NAME)
  const writeCipher = (options.encryptWrites ?? true) ? options.cipher : undefined
  const { log, problems, lastLineUnended } = readAndRepairLog(path, options, writeCipher)

  let newestFirst: JournalEntry[] | undefined
  const writer = openLogWriter(path, log, {
    writeCipher,
    shouldCompact: options.shouldCompact ?? shouldCompactByDefault,
    lastLineUnended,
    memoryChanged: () => {
      newestFirst = undefined
    },
  })

  const writtenAs = writeCipher?.id ?? null
  const upsertMany = (entries: readonly JournalEntry[]): JournalEntry[] => {
    const stored = entries.map((entry) => freezeEntry(validOrThrow(entry)))
    if (stored.length === 0) return stored
    const lines = stored.map((entry) => putLine(entry, writeCipher))
    const keptLine = (n: number) => (writtenAs === null ? undefined : lines[n])
    writer.append(lines, () => stored.forEach((entry, n) => log.slots.set(entry.id, { kind: 'entry', entry, line: keptLine(n), enc: writtenAs })))
    return stored
  }

  return {
    path,
    problems,
    entries() {
      newestFirst ??= sortNewestFirst(
        [...log.slots.values()].flatMap((slot) => (slot.kind === 'entry' ? [slot.entry] : [])),
      )
      return newestFirst
    },
    get(id) {
      const slot = log.slots.get(id)
      return slot?.kind === 'entry' ? slot.entry : undefined
    },
    upsert(entry) {
      const [stored] = upsertMany([entry])
      return stored as JournalEntry
    },
    upsertMany,
    remove(id) {
      const slot = log.slots.get(id)
      if (slot?.kind !== 'entry') return undefined
      writer.append([deleteLine(id)], () => log.slots.delete(id))
      return slot.entry
    },
    compact: writer.compact,
    lockedRecords(enc) {
      return [...log.slots.values()].flatMap((slot) => {
        if (slot.kind !== 'kept' || slot.why !== 'locked') return []
        const record = lockedRecordOf(slot.line)
        return record?.enc === enc ? [{ id: record.id, data: record.data }] : []
      })
    },
    adopt(id, plain) {
      const slot = log.slots.get(id)
      if (slot?.kind !== 'kept') return false
      const record = readPlainEntry(id, plain)
      if (record.kind !== 'put') return false
      log.slots.set(id, { kind: 'entry', entry: freezeEntry(record.entry), line: undefined, enc: null })
      newestFirst = undefined
      return true
    },
    keptProblems: () => keptRecordProblems(log.slots),
    stats: () => statsOf(log),
    close: writer.close,
  }
}

interface RecoveredLog {
  log: FoldedLog
  problems: JournalProblem[]
  /** The last record was whole but had no newline after it: the writer adds one before appending. */
  lastLineUnended: boolean
}

/** Open: fold the log, then repair what a crash or a damaged disk left behind. */
function readAndRepairLog(path: string, options: JournalStoreOptions, writeCipher: Cipher | undefined): RecoveredLog {
  const readCipher = options.cipher
  const log: FoldedLog = { slots: new Map(), recordsInFile: 0 }
  const contents = readLog(path)
  const corruptLines: string[] = []
  let olderRecords = 0
  const apply = (record: Exclude<ReadRecord, { kind: 'corrupt' }>) => {
    if (record.kind === 'put' && record.older) olderRecords++
    applyRecord(log, record)
  }
  for (const line of contents.lines) {
    if (line.trim() === '') continue
    const record = readLine(line, readCipher)
    if (record.kind === 'corrupt') corruptLines.push(line)
    else apply(record)
  }
  const tailRecord = contents.tail === '' ? undefined : readLine(contents.tail, readCipher)
  const tailIsTorn = tailRecord?.kind === 'corrupt'
  if (tailRecord !== undefined && tailRecord.kind !== 'corrupt') apply(tailRecord)

  const problems = [
    ...setAsideDamage(options, corruptLines, tailIsTorn ? contents.tail : undefined),
    ...keptRecordProblems(log.slots),
  ]
  // Records from an earlier version are written once at the current one, so later opens read them as
  // written instead of upgrading (and, encrypted, validating) every one of them each time.
  if (corruptLines.length > 0 || olderRecords > 0) {
    replaceFileAtomically(path, compactedText(log.slots, writeCipher))
    log.recordsInFile = log.slots.size
  } else if (tailIsTorn) {
    truncateSync(path, contents.completeBytes)
  }
  return { log, problems, lastLineUnended: tailRecord !== undefined && !tailIsTorn }
}

/** Corrupt lines and a torn last line are copied to a file of their own, named in the problems returned. */
function setAsideDamage(options: JournalStoreOptions, corruptLines: readonly string[], tornTail: string | undefined): JournalProblem[] {
  if (corruptLines.length === 0 && tornTail === undefined) return []
  // The aside file is durable before the journal is rewritten or truncated: nothing is ever lost.
  const movedTo = writeNewFileDurably(
    join(options.dir, `journal.corrupt-${fileSafeTimestamp(options.now())}`),
    '.jsonl',
    [...corruptLines, ...(tornTail !== undefined ? [tornTail] : [])].map((line) => `${line}\n`).join(''),
  )
  const problems: JournalProblem[] = []
  if (corruptLines.length > 0) problems.push({ kind: 'corrupt-records', count: corruptLines.length, movedTo })
  if (tornTail !== undefined) problems.push({ kind: 'torn-tail', movedTo })
  return problems
}

/** Records kept as they are because they cannot be read now (locked, or from a newer version), counted. */
function keptRecordProblems(slots: ReadonlyMap<string, Slot>): JournalProblem[] {
  const kept = [...slots.values()].filter((slot) => slot.kind === 'kept')
  const locked = kept.filter((slot) => slot.why === 'locked').length
  const problems: JournalProblem[] = []
  if (locked > 0) problems.push({ kind: 'locked-records', count: locked })
  if (kept.length > locked) problems.push({ kind: 'newer-records', count: kept.length - locked })
  return problems
}

interface LogWriterOptions {
  writeCipher: Cipher | undefined
  shouldCompact: (stats: LogStats) => boolean
  lastLineUnended: boolean
  /** Memory changed after a write reached the disk: anything derived from it is stale. */
  memoryChanged: () => void
}

/** The write side: appends that reach the disk before memory changes, and compaction by atomic rename. */
function openLogWriter(path: string, log: FoldedLog, { writeCipher, shouldCompact, lastLineUnended, memoryChanged }: LogWriterOptions) {
  let fd: number | undefined = openSync(path, 'a')
  // A last record that was whole but lacked its newline gets one, so the next append starts cleanly.
  if (lastLineUnended) writeDurably(fd, '\n')

  const openFd = (): number => {
    if (fd === undefined) throw new Error('The journal is closed.')
    return fd
  }

  const compact = (): void => {
    closeSync(openFd())
    fd = undefined
    try {
      replaceFileAtomically(path, compactedText(log.slots, writeCipher))
      log.recordsInFile = log.slots.size
    } finally {
      fd = openSync(path, 'a')
    }
  }

  /** Disk first, memory second: memory never claims what the disk does not have. */
  const append = (lines: readonly string[], thenApply: () => void): void => {
    writeDurably(openFd(), lines.map((line) => `${line}\n`).join(''))
    log.recordsInFile += lines.length
    thenApply()
    memoryChanged()
    if (shouldCompact(statsOf(log))) compact()
  }

  const close = (): void => {
    if (fd !== undefined) closeSync(fd)
    fd = undefined
  }

  return { append, compact, close }
}

function applyRecord(log: FoldedLog, record: Exclude<ReadRecord, { kind: 'corrupt' }>): void {
  log.recordsInFile++
  if (record.kind === 'del') log.slots.delete(record.id)
  // Only an encrypted line at the current version is worth keeping: a plain one costs a JSON.stringify to make
  // again, not a cipher, and an older one must be written anew at the current version.
  else if (record.kind === 'put') log.slots.set(record.id, { kind: 'entry', entry: freezeEntry(record.entry), line: record.enc === null || record.older ? undefined : record.line, enc: record.enc })
  else log.slots.set(record.id, { kind: 'kept', line: record.line, why: record.why })
}

/**
 * One record per entry, in the current encryption mode; kept records stay exactly as they were read. A line
 * already in that mode is copied as it is: switching encryption rewrites every entry, a routine compaction
 * none.
 */
function compactedText(slots: ReadonlyMap<string, Slot>, writeCipher: Cipher | undefined): string {
  const mode = writeCipher?.id ?? null
  return [...slots.values()].map((slot) => `${lineInMode(slot, mode, writeCipher)}\n`).join('')
}

function lineInMode(slot: Slot, mode: string | null, writeCipher: Cipher | undefined): string {
  if (slot.kind === 'kept') return slot.line
  return slot.line !== undefined && slot.enc === mode ? slot.line : putLine(slot.entry, writeCipher)
}

function statsOf(log: FoldedLog): LogStats {
  return { liveRecords: log.slots.size, supersededRecords: log.recordsInFile - log.slots.size }
}

function validOrThrow(entry: JournalEntry): JournalEntry {
  const result = validateEntry(entry)
  if (!result.ok) throw new Error(`entry not accepted: ${result.issues.map((issue) => `${issue.field ?? 'entry'} ${issue.reason}`).join(', ')}`)
  return result.value
}

function freezeEntry(entry: JournalEntry): JournalEntry {
  if (entry.kind === 'reframe') {
    Object.freeze(entry.feelings)
    Object.freeze(entry.thinkingTraps)
  }
  return Object.freeze(entry)
}

/** ISO time without the characters Windows forbids in file names. */
function fileSafeTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-')
}
