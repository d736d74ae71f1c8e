import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { journalKinds, type JournalKind } from '../../electron/common/journal-kinds'
import { createJournalSearch, historyPage, UTC, type JournalEntry, type JournalQuery } from '../../electron/core/journal'
import { arbitraryAnyEntry, makeEntry, makeGoodThings, makeLetter } from './fixtures/journal-entries'

const HOUR = 3_600_000
const ids = (entries: readonly JournalEntry[]): string[] => entries.map((entry) => entry.id)

describe('searching every kind', () => {
  const entries = [
    makeEntry({ id: 'reframe', harshVoice: 'Deadline panic again', feelings: ['anxious'], thinkingTraps: ['labelling'] }),
    makeLetter({ id: 'letter', letter: 'Dear me, the garden at the Café is growing, and so are you.' }),
    makeGoodThings({ id: 'patient', wentWell: 'Rain stopped', alsoWentWell: 'Soup', aboutMe: 'I was patient with Ana' }),
    makeGoodThings({ id: 'tomatoes', wentWell: 'Garden tomatoes', alsoWentWell: undefined, aboutMe: undefined }),
  ]
  const search = (query: JournalQuery): string[] => ids(createJournalSearch().search(entries, query))

  it("finds words in a letter and in each of the good things, accents folded", () => {
    expect(search({ text: 'garden' })).toEqual(['letter', 'tomatoes'])
    expect(search({ text: 'cafe growing' })).toEqual(['letter'])
    expect(search({ text: 'PATIENT ana' })).toEqual(['patient'])
    expect(search({ text: 'soup' })).toEqual(['patient'])
  })

  it('keeps only the kinds asked for; none asked for is every kind', () => {
    expect(search({ kinds: ['letter'] })).toEqual(['letter'])
    expect(search({ kinds: ['good-things', 'reframe'] })).toEqual(['reframe', 'patient', 'tomatoes'])
    expect(search({ kinds: [] })).toEqual(ids(entries))
    expect(search({ kinds: ['good-things'], text: 'garden' })).toEqual(['tomatoes'])
  })

  // Only a reframing has feelings and thinking traps, so choosing a chip leaves the other kinds out.
  it('leaves letters and good things out of a feelings or thinking-trap filter', () => {
    expect(search({ feelings: ['anxious'] })).toEqual(['reframe'])
    expect(search({ thinkingTraps: ['labelling'] })).toEqual(['reframe'])
    expect(search({ feelings: ['anxious'], text: 'garden' })).toEqual([])
  })

  it('keeps exactly the entries of the chosen kinds, in order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryAnyEntry(), { maxLength: 12 }),
        fc.uniqueArray(fc.constantFrom(...journalKinds), { minLength: 1 }),
        (pool, kinds) => {
          const wanted = new Set<JournalKind>(kinds)
          expect(createJournalSearch().search(pool, { kinds })).toEqual(pool.filter((entry) => wanted.has(entry.kind)))
        },
      ),
    )
  })
})

describe('history of every kind', () => {
  // Kinds in turn, an hour apart, so every page holds more than one kind.
  const makers = [makeEntry, makeLetter, makeGoodThings]
  const mixed = Array.from({ length: 7 }, (_, n) =>
    makers[n % makers.length]!({ id: `e${n}`, createdAt: Date.parse('2024-05-04T00:00:00Z') + n * HOUR, updatedAt: Date.parse('2024-05-04T00:00:00Z') + n * HOUR }),
  )

  it('pages newest first across kinds, each page mixing them', () => {
    const pages = [0, 1, 2].map((page) => historyPage(mixed, { page, pageSize: 3, utcOffset: UTC }))
    expect(pages.map((page) => page.pageCount)).toEqual([3, 3, 3])
    expect(pages.map((page) => page.totalEntries)).toEqual([7, 7, 7])
    const onPages = pages.map((page) => page.days.flatMap((day) => day.entries))
    expect(onPages.map((entries) => entries.map((entry) => `${entry.id}:${entry.kind}`))).toEqual([
      ['e6:reframe', 'e5:good-things', 'e4:letter'],
      ['e3:reframe', 'e2:good-things', 'e1:letter'],
      ['e0:reframe'],
    ])
  })
})
