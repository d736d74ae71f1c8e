import { z } from 'zod'
import { journalLimits, type IssueReason, type JournalField } from '../../common/journal-problems'
import { codePointLength, stripControlCharacters } from './text-sanitize'

/** The version every entry is written with today. Older records are brought up by `migrations.ts`. */
export const CURRENT_SCHEMA_VERSION = 1

export const { maxFieldCharacters: MAX_FIELD_CHARACTERS, maxTagsPerField: MAX_TAGS_PER_FIELD } = journalLimits
const MAX_ID_LENGTH = 128
const TAG_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/

/** Every free-text field, in the order a person meets them while writing. */
export const TEXT_FIELDS = [
  'situation',
  'harshVoice',
  'mindfulNaming',
  'commonHumanity',
  'kindReply',
] as const
export type TextField = (typeof TEXT_FIELDS)[number]

/** Why a value was refused: a code the window words (electron/common/journal-problems.ts). */
export type { IssueReason }

const journalText = z
  .string()
  .overwrite(stripControlCharacters)
  // UTF-16 length bounds the code-point count from above, so the exact count is only needed near the limit.
  .refine((text) => text.length <= MAX_FIELD_CHARACTERS || codePointLength(text) <= MAX_FIELD_CHARACTERS, {
    params: { reason: 'too_long' satisfies IssueReason },
    abort: true,
  })

const intensity = z
  .number()
  .refine((n) => Number.isInteger(n) && n >= 0 && n <= 10, {
    params: { reason: 'intensity_range' satisfies IssueReason },
  })

const tagIds = z
  .array(
    z.string().refine((id) => TAG_ID.test(id), { params: { reason: 'bad_tag' satisfies IssueReason } }),
  )
  .refine((ids) => ids.length <= MAX_TAGS_PER_FIELD, {
    params: { reason: 'too_many_tags' satisfies IssueReason },
  })
  // A chip picked twice means the same as once; keep the first occurrence's order.
  .transform((ids) => [...new Set(ids)])

const epochMs = z.number().int().nonnegative()

const contentShape = {
  harshVoice: journalText.default(''),
  kindReply: journalText.default(''),
  situation: journalText.optional(),
  feelings: tagIds.default([]),
  intensityBefore: intensity.optional(),
  mindfulNaming: journalText.optional(),
  commonHumanity: journalText.optional(),
  intensityAfter: intensity.optional(),
  thinkingTraps: tagIds.default([]),
}

function hasWords(text: string | undefined): boolean {
  return text !== undefined && text.trim().length > 0
}

export const journalEntrySchema = z
  .object({
    id: z.string().trim().min(1).max(MAX_ID_LENGTH),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    createdAt: epochMs,
    updatedAt: epochMs,
    ...contentShape,
  })
  .superRefine((entry, ctx) => {
    if (!hasWords(entry.harshVoice) && !hasWords(entry.kindReply)) {
      ctx.addIssue({ code: 'custom', path: [], params: { reason: 'nothing_written' } })
    }
    if (entry.updatedAt < entry.createdAt) {
      ctx.addIssue({ code: 'custom', path: ['updatedAt'], params: { reason: 'updated_before_created' } })
    }
  })

export type JournalEntry = z.output<typeof journalEntrySchema>

/**
 * Every field of an entry has a name a person reads (the catalog's `journalFields`, keyed by the shared
 * list), and every named field is one: a field added to one and not the other does not compile.
 */
type EntryField = Exclude<keyof JournalEntry, 'schemaVersion'>
const namedFieldsMatchEntry: [EntryField] extends [JournalField] ? ([JournalField] extends [EntryField] ? true : never) : never = true
void namedFieldsMatchEntry

/**
 * What the quick-entry window autosaves while a person types: every field optional, nothing
 * required yet, but the same hygiene and limits so a draft can always become an entry.
 */
export const journalDraftSchema = z.object({
  id: z.string().trim().min(1).max(MAX_ID_LENGTH).optional(),
  harshVoice: journalText.optional(),
  kindReply: journalText.optional(),
  situation: journalText.optional(),
  feelings: tagIds.optional(),
  intensityBefore: intensity.optional(),
  mindfulNaming: journalText.optional(),
  commonHumanity: journalText.optional(),
  intensityAfter: intensity.optional(),
  thinkingTraps: tagIds.optional(),
})

export type JournalDraft = z.output<typeof journalDraftSchema>
