/**
 * The journal's entries: saving (new or revised), deleting with undo from memory, and reading them back as
 * pages of history or one at a time.
 */
import type { JournalDraftInput, JournalHistory, JournalHistoryQuery, Responses } from '../contract'
import { entryFromDraft, historyPage, reviseEntry, validateDraft, type JournalEntry } from '../core/journal'
import type { HandlerParts, JournalHandlers } from './journal-types'

/** One screenful and a little more: the window shows about six entries at once. */
const DEFAULT_PAGE_SIZE = 20
/** Deletions that can still be undone in this run; older ones are final, as the person was told. */
const UNDO_DEPTH = 50

export function entryHandlers({ deps, store, drafts, newId, forgetReplacedSoon }: HandlerParts) {
  const recentlyDeleted = new Map<string, JournalEntry>()

  /** Unfinished changes to this entry are done with (saved, or the entry deleted); another entry's stay. */
  const clearEditDraftOf = (id: string) => {
    if (drafts.edit.read()?.id === id) drafts.edit.clear()
  }

  const remember = (entry: JournalEntry) => {
    recentlyDeleted.delete(entry.id)
    recentlyDeleted.set(entry.id, entry)
    const oldest = recentlyDeleted.keys().next()
    if (recentlyDeleted.size > UNDO_DEPTH && !oldest.done) recentlyDeleted.delete(oldest.value)
  }

  return {
    saveJournalEntry(input: JournalDraftInput): Responses['saveJournalEntry'] {
      const { id, ...content } = input
      const draft = validateDraft(content)
      if (!draft.ok) return { ok: false, code: 'invalid', issues: draft.issues }
      const now = deps.clock.now()
      if (id === undefined) {
        const entry = entryFromDraft(draft.value, { id: newId(), now })
        if (!entry.ok) return { ok: false, code: 'invalid', issues: entry.issues }
        const saved = store().upsert(entry.value)
        drafts.new.clear()
        return { ok: true, entry: saved, created: true }
      }
      const existing = store().get(id)
      if (existing === undefined) return { ok: false, code: 'not-found' }
      const revised = reviseEntry(existing, draft.value, now)
      if (!revised.ok) return { ok: false, code: 'invalid', issues: revised.issues }
      const saved = store().upsert(revised.value)
      clearEditDraftOf(id)
      forgetReplacedSoon()
      return { ok: true, entry: saved, created: false }
    },

    deleteJournalEntry(id: string): Responses['deleteJournalEntry'] {
      const removed = store().remove(id)
      if (removed === undefined) return { ok: false, code: 'not-found' }
      // Undo works from memory; unfinished changes to a deleted entry go with it.
      remember(removed)
      clearEditDraftOf(id)
      forgetReplacedSoon()
      return { ok: true, entry: removed }
    },

    undoJournalDelete(id: string): Responses['undoJournalDelete'] {
      const deleted = recentlyDeleted.get(id)
      // Another entry with this id appeared meanwhile (an import): it stays, and the old copy does not overwrite it.
      if (deleted === undefined || store().get(id) !== undefined) return { ok: false, code: 'not-found' }
      recentlyDeleted.delete(id)
      return { ok: true, entry: store().upsert(deleted) }
    },
  } satisfies Partial<JournalHandlers>
}

export function historyHandlers({ search, store, utcOffset }: HandlerParts) {
  return {
    journalHistory(query: JournalHistoryQuery): JournalHistory {
      const all = store().entries()
      const filtered = query.text || query.feelings?.length || query.thinkingTraps?.length
      const matching = filtered ? search.search(all, query) : all
      const page = historyPage(matching, { page: query.page, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE, utcOffset })
      return { days: page.days, page: page.page, pageCount: page.pageCount, matching: matching.length, total: all.length }
    },

    getJournalEntry: (id: string) => store().get(id) ?? null,
  } satisfies Partial<JournalHandlers>
}
