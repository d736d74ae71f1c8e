import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { JournalDraftInput } from '../../electron/contract'
import { removeTempFolders, saved, startJournal, tempFolder, type Harness } from './fixtures/journal-harness'

afterEach(removeTempFolders)

const reframeDraft: JournalDraftInput = { harshVoice: 'A worry, half written' }
const letterDraft: JournalDraftInput = { kind: 'letter', letter: 'Dear me, half a letter' }
const goodThingsDraft: JournalDraftInput = { kind: 'good-things', wentWell: 'A good walk' }

const draftFiles = (userData: string): string[] => fs.readdirSync(userData).filter((name) => name.endsWith('draft.json')).sort()

/** Saves a draft of each kind of new entry, checking each was accepted. */
async function draftEveryKind(journal: Harness['journal']): Promise<void> {
  for (const draft of [reframeDraft, letterDraft, goodThingsDraft]) {
    expect(await journal.handlers.saveJournalDraft(draft)).toEqual({ ok: true })
  }
}

describe('drafts of each kind of new entry', () => {
  it('are kept in files of their own, encrypted, and come back across a reopen', async () => {
    const userData = tempFolder()
    const first = startJournal(userData).journal
    await draftEveryKind(first)
    await first.finish()
    expect(draftFiles(userData)).toEqual(['journal-draft.json', 'journal-good-things-draft.json', 'journal-letter-draft.json'])
    expect(fs.readFileSync(path.join(userData, 'journal-letter-draft.json'), 'utf8')).not.toContain('half a letter')

    const second = startJournal(userData).journal
    expect(await second.handlers.getJournalDraft('new')).toEqual({ kind: 'reframe', ...reframeDraft })
    expect(await second.handlers.getJournalDraft('letter')).toEqual(letterDraft)
    expect(await second.handlers.getJournalDraft('good-things')).toEqual(goodThingsDraft)
    expect(await second.handlers.getJournalDraft('edit')).toBeNull()
  })

  it('never overwrite each other: a later draft of one kind leaves the others as they were', async () => {
    const { journal } = startJournal(tempFolder())
    await draftEveryKind(journal)
    await journal.handlers.saveJournalDraft({ kind: 'letter', letter: 'Dear me, a longer letter now' })
    await journal.handlers.saveJournalDraft({ harshVoice: 'The worry, rewritten' })
    expect(await journal.handlers.getJournalDraft('letter')).toEqual({ kind: 'letter', letter: 'Dear me, a longer letter now' })
    expect(await journal.handlers.getJournalDraft('new')).toEqual({ kind: 'reframe', harshVoice: 'The worry, rewritten' })
    expect(await journal.handlers.getJournalDraft('good-things')).toEqual(goodThingsDraft)
  })

  it('refuse a field of another kind, keeping the last good draft', async () => {
    const { journal } = startJournal(tempFolder())
    await journal.handlers.saveJournalDraft(letterDraft)
    expect(await journal.handlers.saveJournalDraft({ ...letterDraft, harshVoice: 'stray' })).toMatchObject({
      ok: false,
      issues: [{ field: 'harshVoice', reason: 'not_for_kind' }],
    })
    expect(await journal.handlers.getJournalDraft('letter')).toEqual(letterDraft)
  })

  it('are cleared one kind at a time: saving a letter clears only the letter draft', async () => {
    const userData = tempFolder()
    const { journal } = startJournal(userData)
    await draftEveryKind(journal)
    const letter = saved(await journal.handlers.saveJournalEntry({ kind: 'letter', letter: 'Dear me, finished.' }))
    expect(letter).toMatchObject({ kind: 'letter', letter: 'Dear me, finished.' })
    expect(await journal.handlers.getJournalDraft('letter')).toBeNull()
    expect(await journal.handlers.getJournalDraft('new')).toEqual({ kind: 'reframe', ...reframeDraft })
    expect(await journal.handlers.getJournalDraft('good-things')).toEqual(goodThingsDraft)
    await journal.finish()
    expect(draftFiles(userData)).toEqual(['journal-draft.json', 'journal-good-things-draft.json'])
  })

  it('keep an edit of a letter apart from the new letter in progress', async () => {
    const { journal } = startJournal(tempFolder())
    const letter = saved(await journal.handlers.saveJournalEntry({ kind: 'letter', letter: 'Dear me, first.' }))
    await journal.handlers.saveJournalDraft(letterDraft)
    await journal.handlers.saveJournalDraft({ id: letter.id, kind: 'letter', letter: 'Dear me, first, edited' })
    expect(await journal.handlers.getJournalDraft('edit')).toEqual({ id: letter.id, kind: 'letter', letter: 'Dear me, first, edited' })
    expect(await journal.handlers.getJournalDraft('letter')).toEqual(letterDraft)
    // Saving the edit clears the edit's draft, not the new letter's.
    saved(await journal.handlers.saveJournalEntry({ id: letter.id, kind: 'letter', letter: 'Dear me, first, edited' }))
    expect(await journal.handlers.getJournalDraft('edit')).toBeNull()
    expect(await journal.handlers.getJournalDraft('letter')).toEqual(letterDraft)
  })
})

describe('the journal feature with every kind', () => {
  it('saves each kind, refuses turning one kind into another, and filters the history by kind', async () => {
    const { journal, advance } = startJournal(tempFolder())
    const reframing = saved(await journal.handlers.saveJournalEntry({ harshVoice: 'Not good enough', kindReply: 'Good enough today.' }))
    advance(60_000)
    saved(await journal.handlers.saveJournalEntry({ kind: 'letter', letter: 'Dear me, the garden waits.' }))
    advance(60_000)
    saved(await journal.handlers.saveJournalEntry({ kind: 'good-things', aboutMe: 'I asked for help in the garden' }))

    expect(await journal.handlers.saveJournalEntry({ id: reframing.id, kind: 'letter', letter: 'no' })).toMatchObject({
      ok: false,
      issues: [{ field: 'kind', reason: 'not_for_kind' }],
    })
    expect(await journal.handlers.getJournalEntry(reframing.id)).toEqual(reframing)

    const history = await journal.handlers.journalHistory({ page: 0 })
    expect(history.days.flatMap((day) => day.entries.map((entry) => entry.kind))).toEqual(['good-things', 'letter', 'reframe'])
    expect(await journal.handlers.journalHistory({ page: 0, kinds: ['letter'] })).toMatchObject({ matching: 1, total: 3 })
    expect(await journal.handlers.journalHistory({ page: 0, text: 'garden' })).toMatchObject({ matching: 2 })
    expect(await journal.handlers.journalHistory({ page: 0, text: 'garden', kinds: ['good-things'] })).toMatchObject({ matching: 1 })
  })
})
