import type { JournalEntry } from './entry-schema'
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
  | { kind: 'put'; id: string; entry: JournalEntry }
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
    return readEntry(id, decryptEntry(cipher, data), line)
  }
  return readEntry(id, entry, line)
}

function decryptEntry(cipher: Cipher, data: string): unknown {
  try {
    return JSON.parse(cipher.decrypt(data))
  } catch {
    return undefined
  }
}

function readEntry(id: string, candidate: unknown, line: string): ReadRecord {
  const upgraded = upgradeEntry(candidate)
  if (upgraded.ok) return upgraded.value.id === id ? { kind: 'put', id, entry: upgraded.value } : { kind: 'corrupt' }
  const fromNewerVersion = upgraded.issues.some((issue) => issue.reason === 'from_newer_version')
  return fromNewerVersion ? { kind: 'kept', id, why: 'newer', line } : { kind: 'corrupt' }
}
