/**
 * What can be wrong with a journal entry or a backup file, as codes: main finds them, the window words
 * them from the catalog, so neither sends sentences.
 */

/** The journal's limits: main enforces them, the window counts toward them and words them. */
export const journalLimits = {
  maxFieldCharacters: 10_000,
  /** Generous, but bounded so a bad import cannot make one entry enormous. */
  maxTagsPerField: 64,
} as const

/** Why a field (or the whole entry) was not accepted. */
export const fieldIssueReasons = [
  'too_long',
  'nothing_written',
  'intensity_range',
  'bad_tag',
  'too_many_tags',
  'updated_before_created',
  'from_newer_version',
  'unreadable',
] as const
export type IssueReason = (typeof fieldIssueReasons)[number]

/** Why a chosen file could not be imported as a whole (nothing was changed). */
export type BackupRefusal = 'too-large' | 'not-json' | 'not-a-backup' | 'newer-format' | 'no-entries'

/** The journal's fields a person can be told about, in the order of the form. */
export const journalFields = [
  'id',
  'createdAt',
  'updatedAt',
  'situation',
  'harshVoice',
  'feelings',
  'intensityBefore',
  'mindfulNaming',
  'commonHumanity',
  'kindReply',
  'intensityAfter',
  'thinkingTraps',
] as const
export type JournalField = (typeof journalFields)[number]
