/** Unfinished entries, kept beside the journal while the person types: one slot for a new entry, one for an edit. */
import type { JournalDraftInput, Responses } from '../contract'
import { validateDraft } from '../core/journal'
import { slotOf, type DraftSlot } from './journal-drafts'
import type { HandlerParts, JournalHandlers } from './journal-types'

export function draftHandlers({ drafts }: HandlerParts) {
  return {
    getJournalDraft: (slot: DraftSlot) => drafts[slot].read(),

    saveJournalDraft(input: JournalDraftInput): Responses['saveJournalDraft'] {
      const draft = validateDraft(input)
      if (!draft.ok) return { ok: false, issues: draft.issues }
      drafts[slotOf(draft.value)].write(draft.value)
      return { ok: true }
    },

    clearJournalDraft: (slot: DraftSlot) => drafts[slot].clear(),
  } satisfies Partial<JournalHandlers>
}
