import type { z } from 'zod'
import { isJournalKind, journalKinds } from '../../common/journal-kinds'
import {
  CURRENT_SCHEMA_VERSION,
  fieldsOfKind,
  journalDraftSchema,
  journalEntrySchema,
  type IssueReason,
  type JournalDraft,
  type JournalEntry,
} from './entry-schema'

/**
 * One thing wrong with an entry, named so the person knows which field to look at. A code, not words:
 * the window words it in the person's language (the catalog's `journalIssues`).
 */
export interface FieldIssue {
  /** The field at fault, or null when the entry as a whole is the problem. */
  field: string | null
  reason: IssueReason
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] }

export function validateEntry(candidate: unknown): Validated<JournalEntry> {
  const misplaced = fieldsOfOtherKinds(candidate)
  if (misplaced.length > 0) return { ok: false, issues: misplaced.map((field) => issueFor('not_for_kind', field)) }
  return toValidated(journalEntrySchema.safeParse(candidate))
}

const everyContentField = new Set<string>(journalKinds.flatMap((kind) => fieldsOfKind[kind]))

/**
 * Fields a record holds that belong to another kind of entry (a letter with a critical voice, say). The
 * schema would drop them quietly; a record with them is refused and named instead, so an import never loses
 * words a person wrote. Other unknown keys are not words of ours and are dropped as before.
 */
function fieldsOfOtherKinds(candidate: unknown): string[] {
  if (typeof candidate !== 'object' || candidate === null) return []
  const record = candidate as Record<string, unknown>
  const kind = record['kind']
  if (typeof kind !== 'string' || !isJournalKind(kind)) return []
  const own = new Set<string>(fieldsOfKind[kind])
  return Object.keys(record).filter((key) => everyContentField.has(key) && !own.has(key) && record[key] !== undefined)
}

export function validateDraft(candidate: unknown): Validated<JournalDraft> {
  return toValidated(journalDraftSchema.safeParse(candidate))
}

/** Turns a finished draft into a new entry. The caller supplies the id (e.g. a UUID) and the time. */
export function entryFromDraft(draft: JournalDraft, ids: { id: string; now: number }): Validated<JournalEntry> {
  return validateEntry({
    ...draft,
    id: ids.id,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: ids.now,
    updatedAt: ids.now,
  })
}

/**
 * Applies an edit: the draft is the whole form, so its content replaces the old content (a field
 * the person cleared is gone). `updatedAt` always moves forward, even if the wall clock stepped back,
 * because import merging trusts "newer updatedAt wins" and an edit must never look older than what
 * it replaces.
 */
export function reviseEntry(existing: JournalEntry, draft: JournalDraft, now: number): Validated<JournalEntry> {
  // A letter stays a letter: changing an entry's kind would mean words of one kind under another's form.
  if (draft.kind !== existing.kind) return { ok: false, issues: [issueFor('not_for_kind', 'kind')] }
  return validateEntry({
    ...draft,
    id: existing.id,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: existing.createdAt,
    updatedAt: Math.max(now, existing.updatedAt + 1),
  })
}

function toValidated<T>(result: z.ZodSafeParseResult<T>): Validated<T> {
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, issues: result.error.issues.map(toFieldIssue) }
}

function toFieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const first = issue.path[0]
  const field = typeof first === 'string' ? first : null
  return issueFor(reasonOf(issue), field)
}

export function issueFor(reason: IssueReason, field: string | null): FieldIssue {
  return { field, reason }
}

function reasonOf(issue: z.core.$ZodIssue): IssueReason {
  const params = issue.code === 'custom' ? (issue.params as { reason?: IssueReason } | undefined) : undefined
  return params?.reason ?? 'unreadable'
}
