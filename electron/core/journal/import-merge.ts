import type { JournalEntry } from './entry-schema'
import { upgradeEntry } from './migrations'
import type { FieldIssue } from './validation'

export interface RejectedImport {
  /** Position in the imported list, so the person can find it in the file. */
  index: number
  id?: string
  issues: FieldIssue[]
}

/**
 * Every imported record is counted exactly once. A newer copy of an id that appeared earlier in the
 * same file counts as `updated` (it updates what the import writes), an older or equal one as `unchanged`.
 */
export interface ImportReport {
  added: number
  updated: number
  unchanged: number
  rejected: RejectedImport[]
}

export interface ImportMerge {
  /** Entries to write, one per id, in the order they were decided. */
  toWrite: JournalEntry[]
  report: ImportReport
}

/** Anything that finds an entry by id: a Map, or the journal store itself. */
export interface JournalLookup {
  get(id: string): JournalEntry | undefined
}

/**
 * Merges imported records into the journal by id. An id is never duplicated: a record whose id is
 * already known replaces the known entry only if its `updatedAt` is newer; otherwise the journal
 * keeps what it has. Every record is migrated and validated first, and the ones that fail are
 * reported with their reasons, never half-imported. Pure: the caller writes `toWrite`.
 */
export function mergeImport(existing: JournalLookup, incoming: readonly unknown[]): ImportMerge {
  const decided = new Map<string, JournalEntry>()
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, rejected: [] }
  incoming.forEach((candidate, index) => {
    const upgraded = upgradeEntry(candidate)
    if (!upgraded.ok) {
      report.rejected.push({ index, ...idOf(candidate), issues: upgraded.issues })
      return
    }
    const entry = upgraded.value
    const current = decided.get(entry.id) ?? existing.get(entry.id)
    if (current !== undefined && entry.updatedAt <= current.updatedAt) {
      report.unchanged++
      return
    }
    if (current === undefined) report.added++
    else report.updated++
    decided.set(entry.id, entry)
  })
  return { toWrite: [...decided.values()], report }
}

function idOf(candidate: unknown): { id?: string } {
  if (typeof candidate !== 'object' || candidate === null) return {}
  const id = (candidate as { id?: unknown }).id
  return typeof id === 'string' ? { id } : {}
}
