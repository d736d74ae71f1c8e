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
  'empty_letter',
  'no_good_thing',
  'not_for_kind',
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

/** The journal's fields a person can be told about: the common ones, then each kind's in the order of its form. */
export const journalFields = [
  'id',
  'createdAt',
  'updatedAt',
  'kind',
  'situation',
  'harshVoice',
  'feelings',
  'intensityBefore',
  'mindfulNaming',
  'commonHumanity',
  'kindReply',
  'intensityAfter',
  'thinkingTraps',
  'letter',
  'wentWell',
  'alsoWentWell',
  'aboutMe',
] as const
export type JournalField = (typeof journalFields)[number]
