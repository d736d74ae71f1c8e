/** Unfinished entries, kept beside the journal while the person types: one slot for a new entry, one for an edit. */
import type { JournalDraftInput, Responses } from '../contract'
import { validateDraft } from '../core/journal'
import { slotOf, type DraftSlot } from './journal-drafts'
import type { HandlerParts, JournalHandlers } from './journal-types'

/** Drafts are read and written once the journal is open: they are encrypted with its key. */
export function draftHandlers({ drafts, ready }: HandlerParts) {
  return {
    async getJournalDraft(slot: DraftSlot) {
      await ready()
      return drafts[slot].read()
    },

    async saveJournalDraft(input: JournalDraftInput): Promise<Responses['saveJournalDraft']> {
      const draft = validateDraft(input)
      if (!draft.ok) return { ok: false, issues: draft.issues }
      await ready()
      drafts[slotOf(draft.value)].write(draft.value)
      return { ok: true }
    },

    clearJournalDraft: (slot: DraftSlot) => drafts[slot].clear(),
  } satisfies Partial<JournalHandlers>
}
