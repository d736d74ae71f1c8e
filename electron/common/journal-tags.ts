import type { SharedWords } from './catalog/en-shared'
import { sharedWords } from './catalog/shared'
import type { Locale } from './locale'

/**
 * The chips a reframe entry can carry: feelings and thinking traps, in the order they are offered. Entries
 * store the ids; both processes word them (the window on its chips and in the journal, main in the Markdown
 * export) from the catalog's shared words, keyed by these ids.
 */

// Stored in entries: lower-case letters, digits and dashes, never renamed once shipped. Each list is checked
// against the catalog's keys, so a chip without words does not compile.

export const feelingIds = [
  'anxious',
  'ashamed',
  'sad',
  'angry',
  'lonely',
  'overwhelmed',
  'disappointed',
  'frustrated',
  'guilty',
  'afraid',
  'hurt',
  'tired',
] as const satisfies readonly (keyof SharedWords['feelings'])[]
export type FeelingId = (typeof feelingIds)[number]

export const thinkingTrapIds = [
  'all-or-nothing',
  'overgeneralising',
  'mind-reading',
  'fortune-telling',
  'catastrophising',
  'discounting-positive',
  'emotional-reasoning',
  'should-statements',
  'labelling',
  'self-blame',
] as const satisfies readonly (keyof SharedWords['thinkingTraps'])[]
export type ThinkingTrapId = (typeof thinkingTrapIds)[number]

/** Chip ids turned into the words on the chips, for the readable export. */
export function tagLabels(locale: Locale): Record<string, string> {
  const words = sharedWords[locale]
  return Object.fromEntries([
    ...feelingIds.map((id) => [id, words.feelings[id]]),
    ...thinkingTrapIds.map((id) => [id, words.thinkingTraps[id].label]),
  ])
}
