import { closeSync, mkdirSync, openSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { sortNewestFirst, validateEntry, type JournalEntry, type JournalLookup } from '../core/journal'
import type { Cipher } from '../core/journal/cipher'
import { readLog, replaceFileAtomically, writeDurably, writeNewFileDurably } from './durable-files'
import { deleteLine, putLine, readLine, type ReadRecord } from '../core/journal/log-format'
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
  stats(): LogStats
  close(): void
}

/** Compact once replaced records outnumber live ones, but not for small logs where it would not pay. */
export function shouldCompactByDefault(stats: LogStats): boolean {
  return stats.supersededRecords >= 1_000 && stats.supersededRecords >= stats.liveRecords
}

type Slot = { kind: 'entry'; entry: JournalEntry } | { kind: 'kept'; line: string; why: 'locked' | 'newer' }

/**
 * The journal as an append-only log of JSON lines (put / delete records), folded into memory when
 * opened. Saving appends one line and fsyncs, so it costs the same at 10 entries or 100,000;
 * compaction rewrites the file through an atomic rename now and then. Synchronous on purpose: a
 * save is one small write, and ordering stays obvious for crash safety.
 */
export function openJournalStore(options: JournalStoreOptions): JournalStore {
  mkdirSync(options.dir, { recursive: true })
  const path = join(options.dir, JOURNAL_FILE_NAME)
  const readCipher = options.cipher
  const writeCipher = (options.encryptWrites ?? true) ? options.cipher : undefined
  const shouldCompact = options.shouldCompact ?? shouldCompactByDefault

  const slots = new Map<string, Slot>()
  let recordsInFile = 0
  let newestFirst: JournalEntry[] | undefined

  const apply = (record: Exclude<ReadRecord, { kind: 'corrupt' }>): void => {
    recordsInFile++
    if (record.kind === 'del') slots.delete(record.id)
    else if (record.kind === 'put') slots.set(record.id, { kind: 'entry', entry: freezeEntry(record.entry) })
    else slots.set(record.id, { kind: 'kept', line: record.line, why: record.why })
  }

  const compactedText = (): string =>
    [...slots.values()].map((slot) => `${slot.kind === 'entry' ? putLine(slot.entry, writeCipher) : slot.line}\n`).join('')

  // Open: fold the log, then repair what a crash or a damaged disk left behind.
  const log = readLog(path)
  const corruptLines: string[] = []
  for (const line of log.lines) {
    if (line.trim() === '') continue
    const record = readLine(line, readCipher)
    if (record.kind === 'corrupt') corruptLines.push(line)
    else apply(record)
  }
  const tailRecord = log.tail === '' ? undefined : readLine(log.tail, readCipher)
  const tailIsTorn = tailRecord?.kind === 'corrupt'
  if (tailRecord !== undefined && tailRecord.kind !== 'corrupt') apply(tailRecord)

  const problems: JournalProblem[] = []
  if (corruptLines.length > 0 || tailIsTorn) {
    // The aside file is durable before the journal is rewritten or truncated: nothing is ever lost.
    const movedTo = writeNewFileDurably(
      join(options.dir, `journal.corrupt-${fileSafeTimestamp(options.now())}`),
      '.jsonl',
      [...corruptLines, ...(tailIsTorn ? [log.tail] : [])].map((line) => `${line}\n`).join(''),
    )
    if (corruptLines.length > 0) problems.push({ kind: 'corrupt-records', count: corruptLines.length, movedTo })
    if (tailIsTorn) problems.push({ kind: 'torn-tail', movedTo })
  }
  const kept = [...slots.values()].filter((slot) => slot.kind === 'kept')
  const locked = kept.filter((slot) => slot.why === 'locked').length
  if (locked > 0) problems.push({ kind: 'locked-records', count: locked })
  if (kept.length > locked) problems.push({ kind: 'newer-records', count: kept.length - locked })

  if (corruptLines.length > 0) {
    replaceFileAtomically(path, compactedText())
    recordsInFile = slots.size
  } else if (tailIsTorn) {
    truncateSync(path, log.completeBytes)
  }
  let fd: number | undefined = openSync(path, 'a')
  // A last record that was whole but lacked its newline gets one, so the next append starts cleanly.
  if (tailRecord !== undefined && !tailIsTorn) writeDurably(fd, '\n')

  const openFd = (): number => {
    if (fd === undefined) throw new Error('The journal is closed.')
    return fd
  }

  const stats = (): LogStats => ({ liveRecords: slots.size, supersededRecords: recordsInFile - slots.size })

  const compact = (): void => {
    closeSync(openFd())
    fd = undefined
    try {
      replaceFileAtomically(path, compactedText())
      recordsInFile = slots.size
    } finally {
      fd = openSync(path, 'a')
    }
  }

  /** Disk first, memory second: memory never claims what the disk does not have. */
  const appendRecords = (lines: readonly string[], thenApply: () => void): void => {
    writeDurably(openFd(), lines.map((line) => `${line}\n`).join(''))
    recordsInFile += lines.length
    thenApply()
    newestFirst = undefined
    if (shouldCompact(stats())) compact()
  }

  const upsertMany = (entries: readonly JournalEntry[]): JournalEntry[] => {
    const stored = entries.map((entry) => freezeEntry(validOrThrow(entry)))
    if (stored.length === 0) return stored
    appendRecords(
      stored.map((entry) => putLine(entry, writeCipher)),
      () => stored.forEach((entry) => slots.set(entry.id, { kind: 'entry', entry })),
    )
    return stored
  }

  return {
    path,
    problems,
    entries() {
      newestFirst ??= sortNewestFirst(
        [...slots.values()].flatMap((slot) => (slot.kind === 'entry' ? [slot.entry] : [])),
      )
      return newestFirst
    },
    get(id) {
      const slot = slots.get(id)
      return slot?.kind === 'entry' ? slot.entry : undefined
    },
    upsert(entry) {
      const [stored] = upsertMany([entry])
      return stored as JournalEntry
    },
    upsertMany,
    remove(id) {
      const slot = slots.get(id)
      if (slot?.kind !== 'entry') return undefined
      appendRecords([deleteLine(id)], () => slots.delete(id))
      return slot.entry
    },
    compact,
    stats,
    close() {
      if (fd !== undefined) closeSync(fd)
      fd = undefined
    },
  }
}

function validOrThrow(entry: JournalEntry): JournalEntry {
  const result = validateEntry(entry)
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message.en).join(' '))
  return result.value
}

function freezeEntry(entry: JournalEntry): JournalEntry {
  Object.freeze(entry.feelings)
  Object.freeze(entry.thinkingTraps)
  return Object.freeze(entry)
}

/** ISO time without the characters Windows forbids in file names. */
function fileSafeTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-')
}
