import { describe, expect, it } from 'vitest'
import { requestArgs } from '../../electron/contract'
import { draftSlots } from '../../electron/common/journal-draft-slots'

// The window may only send what main understands: each kind's fields, its kind, its draft slot.
const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success

describe('the journal requests with kinds of entry', () => {
  it.each(['saveJournalEntry', 'saveJournalDraft'] as const)('%s takes a kind and the fields of every kind', (name) => {
    expect(accepts(requestArgs[name], [{ kind: 'letter', letter: 'Dear me' }])).toBe(true)
    expect(accepts(requestArgs[name], [{ kind: 'good-things', wentWell: 'a', alsoWentWell: 'b', aboutMe: 'c' }])).toBe(true)
    // Drafts kept before there were kinds have none.
    expect(accepts(requestArgs[name], [{ harshVoice: 'h' }])).toBe(true)
    expect(accepts(requestArgs[name], [{ kind: 'poem', letter: 'x' }])).toBe(false)
    expect(accepts(requestArgs[name], [{ kind: 'letter', letter: 'x'.repeat(100_001) }])).toBe(false)
    expect(accepts(requestArgs[name], [{ kind: 'letter', postscript: 'x' }])).toBe(false)
  })

  it('narrows the history by kinds, and only by kinds that exist', () => {
    expect(accepts(requestArgs.journalHistory, [{ page: 0, kinds: ['letter', 'good-things'] }])).toBe(true)
    expect(accepts(requestArgs.journalHistory, [{ page: 0, kinds: [] }])).toBe(true)
    expect(accepts(requestArgs.journalHistory, [{ page: 0, kinds: ['poem'] }])).toBe(false)
  })

  it.each(['getJournalDraft', 'clearJournalDraft'] as const)('%s takes each of the four draft slots and nothing else', (name) => {
    expect([...draftSlots]).toEqual(['new', 'letter', 'good-things', 'edit'])
    for (const slot of draftSlots) expect(accepts(requestArgs[name], [slot])).toBe(true)
    expect(accepts(requestArgs[name], ['reframe'])).toBe(false)
  })
})
