import type { z } from 'zod'
import type { Text } from '../../common/locale'
import {
  CURRENT_SCHEMA_VERSION,
  journalDraftSchema,
  journalEntrySchema,
  MAX_TAGS_PER_FIELD,
  type IssueReason,
  type JournalDraft,
  type JournalEntry,
} from './entry-schema'
import { labelOfField } from './field-labels'

/** One thing wrong with an entry, named so the person knows which field to look at. */
export interface FieldIssue {
  /** The field at fault, or null when the entry as a whole is the problem. */
  field: string | null
  reason: IssueReason
  message: Text
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] }

export function validateEntry(candidate: unknown): Validated<JournalEntry> {
  return toValidated(journalEntrySchema.safeParse(candidate))
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
  return { field, reason, message: messageFor(reason, field) }
}

function reasonOf(issue: z.core.$ZodIssue): IssueReason {
  const params = issue.code === 'custom' ? (issue.params as { reason?: IssueReason } | undefined) : undefined
  return params?.reason ?? 'unreadable'
}

function messageFor(reason: IssueReason, field: string | null): Text {
  const label = field === null ? { en: 'This entry', es: 'Esta entrada' } : labelOfField(field)
  switch (reason) {
    case 'too_long':
      return {
        en: `“${label.en}” is longer than 10,000 characters. Could you shorten it a little?`,
        es: `«${label.es}» tiene más de 10.000 caracteres. ¿Puedes acortarlo un poco?`,
      }
    case 'nothing_written':
      return {
        en: 'Write what the critical voice said, or a kind reply. Either one is enough.',
        es: 'Escribe lo que dijo la voz crítica o una respuesta amable. Con una de las dos basta.',
      }
    case 'intensity_range':
      return {
        en: `“${label.en}” is a whole number from 0 to 10.`,
        es: `«${label.es}» es un número entero del 0 al 10.`,
      }
    case 'bad_tag':
      return {
        en: `“${label.en}” holds a choice this version of Kindbreak does not recognise.`,
        es: `«${label.es}» contiene una opción que esta versión de Kindbreak no reconoce.`,
      }
    case 'too_many_tags':
      return {
        en: `“${label.en}” has more than ${MAX_TAGS_PER_FIELD} choices.`,
        es: `«${label.es}» tiene más de ${MAX_TAGS_PER_FIELD} opciones.`,
      }
    case 'updated_before_created':
      return {
        en: 'This entry says it was changed before it was written, so its dates cannot be trusted.',
        es: 'Esta entrada dice que se cambió antes de escribirse, así que sus fechas no son fiables.',
      }
    case 'from_newer_version':
      return {
        en: 'This entry was written by a newer version of Kindbreak. Updating Kindbreak will let you read it.',
        es: 'Esta entrada la escribió una versión más reciente de Kindbreak. Si actualizas Kindbreak, podrás leerla.',
      }
    case 'unreadable':
      return {
        en: `“${label.en}” is missing or not in a form Kindbreak can read.`,
        es: `«${label.es}» falta o no tiene una forma que Kindbreak pueda leer.`,
      }
  }
}
