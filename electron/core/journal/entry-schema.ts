import { z } from 'zod'
import { journalKinds, nothingWrittenReason, writtenFields, type JournalKind } from '../../common/journal-kinds'
import { journalLimits, type IssueReason, type JournalField } from '../../common/journal-problems'
import { codePointLength, stripControlCharacters } from './text-sanitize'

/** The version every entry is written with today. Older records are brought up by `migrations.ts`. */
export const CURRENT_SCHEMA_VERSION = 2

export const { maxFieldCharacters: MAX_FIELD_CHARACTERS, maxTagsPerField: MAX_TAGS_PER_FIELD } = journalLimits
const MAX_ID_LENGTH = 128
const TAG_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/

/** Every free-text field of every kind, each kind's in the order a person meets them while writing. */
export const TEXT_FIELDS = [
  'situation',
  'harshVoice',
  'mindfulNaming',
  'commonHumanity',
  'kindReply',
  'letter',
  'wentWell',
  'alsoWentWell',
  'aboutMe',
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

/** What each kind of entry holds besides its id and dates. */
const contentShapes = {
  /** The inner critic's words answered as a good friend would, with optional feelings and measures. */
  reframe: {
    harshVoice: journalText.default(''),
    kindReply: journalText.default(''),
    situation: journalText.optional(),
    feelings: tagIds.default([]),
    intensityBefore: intensity.optional(),
    mindfulNaming: journalText.optional(),
    commonHumanity: journalText.optional(),
    intensityAfter: intensity.optional(),
    thinkingTraps: tagIds.default([]),
  },
  /** A letter to oneself, written as a kind friend would write it. */
  letter: {
    letter: journalText.default(''),
  },
  /** Three things that went well, the last of them about the person. */
  'good-things': {
    wentWell: journalText.optional(),
    alsoWentWell: journalText.optional(),
    aboutMe: journalText.optional(),
  },
} as const satisfies Record<JournalKind, z.ZodRawShape>

/** The fields a kind of entry may hold, besides its id and dates. */
export const fieldsOfKind = Object.fromEntries(
  journalKinds.map((kind) => [kind, Object.keys(contentShapes[kind])]),
) as { [K in JournalKind]: (keyof (typeof contentShapes)[K])[] }

/** What makes an entry worth keeping: words in at least one of these fields. */
const needsWordsIn = {
  reframe: ['harshVoice', 'kindReply'],
  ...writtenFields,
} as const satisfies Record<JournalKind, readonly string[]>

function hasWords(text: unknown): boolean {
  return typeof text === 'string' && text.trim().length > 0
}

const entryBase = {
  id: z.string().trim().min(1).max(MAX_ID_LENGTH),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  createdAt: epochMs,
  updatedAt: epochMs,
}

function entryOfKind<K extends JournalKind>(kind: K) {
  const fields: readonly string[] = needsWordsIn[kind]
  const reason: IssueReason = nothingWrittenReason[kind]
  return z
    .object({ ...entryBase, kind: z.literal(kind), ...contentShapes[kind] })
    .superRefine((entry, ctx) => {
      const written = entry as Record<string, unknown>
      if (!fields.some((field) => hasWords(written[field]))) ctx.addIssue({ code: 'custom', path: [], params: { reason } })
    })
}

export const journalEntrySchema = z
  .discriminatedUnion('kind', [entryOfKind('reframe'), entryOfKind('letter'), entryOfKind('good-things')])
  .superRefine((entry, ctx) => {
    if (entry.updatedAt < entry.createdAt) {
      ctx.addIssue({ code: 'custom', path: ['updatedAt'], params: { reason: 'updated_before_created' } })
    }
  })

export type JournalEntry = z.output<typeof journalEntrySchema>
export type JournalEntryOf<K extends JournalKind> = Extract<JournalEntry, { kind: K }>

/**
 * Every field of every kind has a name a person reads (the catalog's `journalFields`, keyed by the shared
 * list), and every named field is one: a field added to one and not the other does not compile.
 */
type AnyEntryField = Exclude<JournalEntry extends infer E ? (E extends unknown ? keyof E : never) : never, 'schemaVersion'>
const namedFieldsMatchEntry: [AnyEntryField] extends [JournalField] ? ([JournalField] extends [AnyEntryField] ? true : never) : never = true
void namedFieldsMatchEntry

type WithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S

const draftContent = {
  ...contentShapes.reframe,
  ...contentShapes.letter,
  ...contentShapes['good-things'],
}

/**
 * What the writing screens autosave while a person types: every field optional, nothing required yet, but
 * the same hygiene and limits so a draft can always become an entry. A draft without a kind is a
 * reframing (drafts were written before there were kinds). A field of another kind is refused, never
 * dropped, so no word a person typed disappears quietly.
 */
function withoutDefault(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema
}

export const journalDraftSchema = z
  .object({
    id: z.string().trim().min(1).max(MAX_ID_LENGTH).optional(),
    kind: z.enum(journalKinds).default('reframe'),
    // Without the entry's defaults: a draft holds only what was typed, so an empty letter is not a reframing's ''.
    ...Object.fromEntries(Object.entries(draftContent).map(([field, schema]) => [field, withoutDefault(schema).optional()])),
  } as {
    id: z.ZodOptional<z.ZodString>
    kind: z.ZodDefault<z.ZodEnum<{ [K in JournalKind]: K }>>
  } & { [F in keyof typeof draftContent]: z.ZodOptional<WithoutDefault<(typeof draftContent)[F]>> })
  .superRefine((draft, ctx) => {
    const own = new Set<string>(fieldsOfKind[draft.kind])
    for (const field of Object.keys(draftContent)) {
      if ((draft as Record<string, unknown>)[field] !== undefined && !own.has(field)) {
        ctx.addIssue({ code: 'custom', path: [field], params: { reason: 'not_for_kind' } })
      }
    }
  })

export type JournalDraft = z.output<typeof journalDraftSchema>

/**
 * Any entry seen as the flat set of every kind's fields, those of other kinds absent: for code that reads
 * a field without caring which kind holds it (search, the spreadsheet export).
 */
export const flatContent = (entry: JournalEntry): JournalDraft => entry
