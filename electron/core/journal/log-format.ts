import { CURRENT_SCHEMA_VERSION, type JournalEntry } from './entry-schema'
import { upgradeEntry } from './migrations'
import type { Cipher } from './cipher'

/**
 * One line of the journal log. The id stays readable even when the entry is encrypted, so a later
 * record can replace or delete an entry this run cannot decrypt. An id is a random UUID and says
 * nothing about what was written.
 */
type LogRecord =
  | { op: 'put'; id: string; entry: unknown }
  | { op: 'put'; id: string; enc: string; data: string }
  | { op: 'del'; id: string }

/** What a line means once read. */
export type ReadRecord =
  /**
   * `enc` names the cipher that wrote the line (null: written plain); `line` is the line as read; `older`
   * says it was written at an earlier schema version and upgraded as it was read.
   */
  | { kind: 'put'; id: string; entry: JournalEntry; enc: string | null; line: string; older: boolean }
  /** Readable later but not now: encrypted with a key we lack, or written by a newer version. */
  | { kind: 'kept'; id: string; why: 'locked' | 'newer'; line: string }
  | { kind: 'del'; id: string }
  | { kind: 'corrupt' }

export function putLine(entry: JournalEntry, cipher: Cipher | undefined): string {
  const record: LogRecord =
    cipher === undefined
      ? { op: 'put', id: entry.id, entry }
      : { op: 'put', id: entry.id, enc: cipher.id, data: cipher.encrypt(JSON.stringify(entry)) }
  return JSON.stringify(record)
}

export function deleteLine(id: string): string {
  return JSON.stringify({ op: 'del', id } satisfies LogRecord)
}

export function readLine(line: string, cipher: Cipher | undefined): ReadRecord {
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch {
    return { kind: 'corrupt' }
  }
  if (typeof record !== 'object' || record === null) return { kind: 'corrupt' }
  const { op, id, entry, enc, data } = record as Record<string, unknown>
  if (typeof id !== 'string') return { kind: 'corrupt' }
  if (op === 'del') return { kind: 'del', id }
  if (op !== 'put') return { kind: 'corrupt' }
  if (typeof enc === 'string' && typeof data === 'string') {
    if (cipher?.id !== enc) return { kind: 'kept', id, why: 'locked', line }
    const decrypted = decryptEntry(cipher, data)
    if (cipher.authenticated && isCurrentEntryOf(id, decrypted)) return { kind: 'put', id, entry: decrypted, enc, line, older: false }
    return readEntry(id, decrypted, line, enc)
  }
  return readEntry(id, entry, line, null)
}

/** Written by this version of the app, for this id: only trusted when the cipher proves who wrote it. */
function isCurrentEntryOf(id: string, candidate: unknown): candidate is JournalEntry {
  if (typeof candidate !== 'object' || candidate === null) return false
  const record = candidate as Partial<JournalEntry>
  return record.schemaVersion === CURRENT_SCHEMA_VERSION && record.id === id
}

/** The id and cipher text of an encrypted line, or undefined for any other line. */
export function lockedRecordOf(line: string): { id: string; enc: string; data: string } | undefined {
  const { id, enc, data } = JSON.parse(line) as Record<string, unknown>
  return typeof id === 'string' && typeof enc === 'string' && typeof data === 'string' ? { id, enc, data } : undefined
}

/** An entry decrypted elsewhere, read like a line's: upgraded and validated, and its id must match. */
export function readPlainEntry(id: string, plain: string): ReadRecord {
  return readEntry(id, parsedOrUndefined(() => plain), '', null)
}

function decryptEntry(cipher: Cipher, data: string): unknown {
  return parsedOrUndefined(() => cipher.decrypt(data))
}

/** The JSON that `text` gives, or undefined when it gives none (the record then reads as corrupt). */
function parsedOrUndefined(text: () => string): unknown {
  try {
    return JSON.parse(text())
  } catch {
    return undefined
  }
}

function readEntry(id: string, candidate: unknown, line: string, enc: string | null): ReadRecord {
  const upgraded = upgradeEntry(candidate)
  if (upgraded.ok) {
    const older = (candidate as { schemaVersion?: unknown }).schemaVersion !== CURRENT_SCHEMA_VERSION
    return upgraded.value.id === id ? { kind: 'put', id, entry: upgraded.value, enc, line, older } : { kind: 'corrupt' }
  }
  const fromNewerVersion = upgraded.issues.some((issue) => issue.reason === 'from_newer_version')
  return fromNewerVersion ? { kind: 'kept', id, why: 'newer', line } : { kind: 'corrupt' }
}
