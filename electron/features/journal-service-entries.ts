/**
 * The journal's entries, on the journal's own thread: saving (new or revised), deleting with undo from
 * memory, and reading them back as pages of history or one at a time. Drafts are main's: it clears the one
 * a save or a delete finishes with.
 */
import type { JournalDraftInput, JournalHistory, JournalHistoryQuery, Responses } from '../contract'
import { entryFromDraft, historyPage, reviseEntry, validateDraft, type JournalEntry } from '../core/journal'
import type { ServiceParts } from './journal-service-parts'

/** One screenful and a little more: the window shows about six entries at once. */
const DEFAULT_PAGE_SIZE = 20
/** Deletions that can still be undone in this run; older ones are final, as the person was told. */
const UNDO_DEPTH = 50

export function entryRequests({ store, now, newId, forgetReplacedSoon }: ServiceParts) {
  const recentlyDeleted = new Map<string, JournalEntry>()

  const remember = (entry: JournalEntry) => {
    recentlyDeleted.delete(entry.id)
    recentlyDeleted.set(entry.id, entry)
    const oldest = recentlyDeleted.keys().next()
    if (recentlyDeleted.size > UNDO_DEPTH && !oldest.done) recentlyDeleted.delete(oldest.value)
  }

  return {
    save(input: JournalDraftInput): Responses['saveJournalEntry'] {
      const { id, ...content } = input
      const draft = validateDraft(content)
      if (!draft.ok) return { ok: false, code: 'invalid', issues: draft.issues }
      if (id === undefined) {
        const entry = entryFromDraft(draft.value, { id: newId(), now: now() })
        if (!entry.ok) return { ok: false, code: 'invalid', issues: entry.issues }
        return { ok: true, entry: store().upsert(entry.value), created: true }
      }
      const existing = store().get(id)
      if (existing === undefined) return { ok: false, code: 'not-found' }
      const revised = reviseEntry(existing, draft.value, now())
      if (!revised.ok) return { ok: false, code: 'invalid', issues: revised.issues }
      const saved = store().upsert(revised.value)
      forgetReplacedSoon()
      return { ok: true, entry: saved, created: false }
    },

    remove(id: string): Responses['deleteJournalEntry'] {
      const removed = store().remove(id)
      if (removed === undefined) return { ok: false, code: 'not-found' }
      // Undo works from memory.
      remember(removed)
      forgetReplacedSoon()
      return { ok: true, entry: removed }
    },

    undo(id: string): Responses['undoJournalDelete'] {
      const deleted = recentlyDeleted.get(id)
      // Another entry with this id appeared meanwhile (an import): it stays, and the old copy does not overwrite it.
      if (deleted === undefined || store().get(id) !== undefined) return { ok: false, code: 'not-found' }
      recentlyDeleted.delete(id)
      return { ok: true, entry: store().upsert(deleted) }
    },
  }
}

export function historyRequests({ search, store, utcOffset }: ServiceParts) {
  return {
    history(query: JournalHistoryQuery): JournalHistory {
      const all = store().entries()
      const filtered = query.text || query.feelings?.length || query.thinkingTraps?.length || query.kinds?.length
      const matching = filtered ? search.search(all, query) : all
      const page = historyPage(matching, { page: query.page, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE, utcOffset })
      return { days: page.days, page: page.page, pageCount: page.pageCount, matching: matching.length, total: all.length }
    },

    get: (id: string): JournalEntry | null => store().get(id) ?? null,
  }
}
