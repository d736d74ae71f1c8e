/**
 * The kinds of entry the journal keeps. Both processes need them: main checks and exports each kind, the
 * window writes, lists and filters by them. Each id is also the library practice that writes it, so the
 * library, the path and a daily moment can open one.
 */
export const journalKinds = ['reframe', 'letter', 'good-things'] as const
export type JournalKind = (typeof journalKinds)[number]

export function isJournalKind(id: string): id is JournalKind {
  return (journalKinds as readonly string[]).includes(id)
}

/** The kinds written in plain text fields only, each field's words in the order the form asks for them. */
export const writtenFields = {
  letter: ['letter'],
  'good-things': ['wentWell', 'alsoWentWell', 'aboutMe'],
} as const satisfies Record<Exclude<JournalKind, 'reframe'>, readonly string[]>
export type TextKind = keyof typeof writtenFields
export type WrittenField = (typeof writtenFields)[TextKind][number]

/** Why an entry of each kind with nothing in it is not kept: a code both processes word the same way. */
export const nothingWrittenReason = {
  reframe: 'nothing_written',
  letter: 'empty_letter',
  'good-things': 'no_good_thing',
} as const satisfies Record<JournalKind, string>
