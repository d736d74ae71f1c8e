import type { JournalKind } from './journal-kinds'

/**
 * Where unfinished writing is kept: one slot per kind for a new entry (so a letter in progress never
 * overwrites a reframing in progress), and one for changes to an entry that exists. The reframing's slot
 * keeps its old name, 'new', so a draft kept before there were kinds is still found.
 */
export const draftSlots = ['new', 'letter', 'good-things', 'edit'] as const
export type DraftSlot = (typeof draftSlots)[number]

/** The slot a new entry of this kind is drafted in. */
export const newDraftSlot = (kind: JournalKind): DraftSlot => (kind === 'reframe' ? 'new' : kind)
