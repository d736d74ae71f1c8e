/**
 * The journal's requests that main passes to the journal's thread: entries (clearing the draft a save or a
 * delete finishes with), history, the trend (telling the person of a damaged break history), the status,
 * and the crisis lines' links, which only main can open.
 */
import path from 'node:path'
import type { JournalDraftInput, JournalHistoryQuery, Responses } from '../contract'
import { newDraftSlot } from '../common/journal-draft-slots'
import { isSupportLineUrl } from '../core/support-lines'
import { RequestRefused } from '../platform/ipc'
import type { HandlerParts, JournalHandlers } from './journal-types'

export function requestHandlers({ deps, ready, drafts, status }: HandlerParts) {
  /** Unfinished changes to this entry are done with (saved, or the entry deleted); another entry's stay. */
  const clearEditDraftOf = (id: string) => {
    if (drafts.edit.read()?.id === id) drafts.edit.clear()
  }

  return {
    async saveJournalEntry(input: JournalDraftInput): Promise<Responses['saveJournalEntry']> {
      const saved = await (await ready()).call('save', input)
      if (saved.ok && saved.created) drafts[newDraftSlot(saved.entry.kind)].clear()
      if (saved.ok && !saved.created) clearEditDraftOf(saved.entry.id)
      return saved
    },

    async deleteJournalEntry(id: string): Promise<Responses['deleteJournalEntry']> {
      const deleted = await (await ready()).call('remove', id)
      // Unfinished changes to a deleted entry go with it.
      if (deleted.ok) clearEditDraftOf(id)
      return deleted
    },

    undoJournalDelete: async (id: string) => (await ready()).call('undo', id),
    journalHistory: async (query: JournalHistoryQuery) => (await ready()).call('history', query),
    getJournalEntry: async (id: string) => (await ready()).call('get', id),

    async getJournalTrend() {
      const { trend, eventsCopiedTo } = await (await ready()).call('trend', deps.eventsFile)
      if (eventsCopiedTo !== null) {
        deps.addNotice({ id: `break-events-${deps.clock.now()}`, kind: 'file-set-aside', file: path.basename(deps.eventsFile), movedTo: eventsCopiedTo })
        deps.onChange()
      }
      return trend
    },

    getJournalStatus: status,

    async openSupportLink(url: string): Promise<void> {
      if (!isSupportLineUrl(url)) throw new RequestRefused({ code: 'not-a-support-line', url })
      await deps.shell.openExternal(url)
    },
  } satisfies Partial<JournalHandlers>
}
