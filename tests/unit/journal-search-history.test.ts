import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createJournalSearch,
  foldForSearch,
  historyPage,
  localDayKey,
  UTC,
  type JournalEntry,
} from '../../electron/core/journal'
import { arbitraryEntry, makeEntry } from './fixtures/journal-entries'

const HOUR = 3_600_000
const at = (iso: string): number => Date.parse(iso)

describe('journal search', () => {
  const entries = [
    makeEntry({ id: 'cafe', harshVoice: 'Spilled coffee at the CAFÉ meeting', feelings: ['ashamed'] }),
    makeEntry({ id: 'nino', harshVoice: '', kindReply: 'El niño que fui merece cariño', feelings: ['sad'] }),
    makeEntry({ id: 'sit', situation: 'Quarterly review', mindfulNaming: 'a moment of worry', thinkingTraps: ['labelling'] }),
    makeEntry({ id: 'common', commonHumanity: 'Many people freeze when asked to present', feelings: ['anxious', 'sad'] }),
  ]
  const search = (query: Parameters<ReturnType<typeof createJournalSearch>['search']>[1]): string[] =>
    createJournalSearch().search(entries, query).map((entry) => entry.id)

  it('ignores case and accents on both sides', () => {
    expect(search({ text: 'cafe' })).toEqual(['cafe'])
    expect(search({ text: 'Café' })).toEqual(['cafe'])
    expect(search({ text: 'NINO' })).toEqual(['nino'])
    expect(search({ text: 'cariño' })).toEqual(['nino'])
  })

  it('looks in every text field', () => {
    expect(search({ text: 'quarterly' })).toEqual(['sit'])
    expect(search({ text: 'worry' })).toEqual(['sit'])
    expect(search({ text: 'freeze' })).toEqual(['common'])
  })

  it('needs every word, in any order', () => {
    expect(search({ text: 'meeting coffee' })).toEqual(['cafe'])
    expect(search({ text: 'meeting review' })).toEqual([])
  })

  it('filters by any of the chosen feelings and by tag, combined with the text', () => {
    expect(search({ feelings: ['sad'] })).toEqual(['nino', 'common'])
    expect(search({ feelings: ['ashamed', 'anxious'] })).toEqual(['cafe', 'common'])
    expect(search({ feelings: ['sad'], text: 'present' })).toEqual(['common'])
    expect(search({ thinkingTraps: ['labelling'] })).toEqual(['sit'])
    expect(search({ text: '   ' })).toHaveLength(entries.length)
  })

  it('finds any substring of any field, however it is written (property)', () => {
    fc.assert(
      fc.property(arbitraryEntry(), fc.nat(), fc.nat(), (entry, start, length) => {
        const graphemes = [...new Intl.Segmenter().segment(entry.harshVoice)].map((part) => part.segment)
        const from = start % graphemes.length
        const needle = graphemes.slice(from, from + 1 + (length % 8)).join('')
        fc.pre(foldForSearch(needle).trim().length > 0 && !/\s/.test(needle))
        // Some letters change length under upper-casing ("ß" becomes "SS"); those cannot meet by design.
        fc.pre(foldForSearch(needle.toUpperCase()) === foldForSearch(needle))
        expect(createJournalSearch().search([entry], { text: needle.toUpperCase() })).toEqual([entry])
      }),
    )
  })

  it('sees an edit: the cache is per entry object', () => {
    const searcher = createJournalSearch()
    const before = makeEntry({ id: 'a', harshVoice: 'first words' })
    expect(searcher.search([before], { text: 'first' })).toHaveLength(1)
    const after = { ...before, harshVoice: 'second words' }
    expect(searcher.search([after], { text: 'first' })).toHaveLength(0)
  })
})

describe('journal history', () => {
  it('groups by the local day, which depends on the offset', () => {
    const late = makeEntry({ id: 'late', createdAt: at('2024-03-09T23:30:00Z') })
    const early = makeEntry({ id: 'early', createdAt: at('2024-03-09T01:00:00Z') })
    const inUtc = historyPage([early, late], { page: 0, pageSize: 10, utcOffset: UTC })
    expect(inUtc.days.map((day) => [day.day, day.entries.map((e) => e.id)])).toEqual([['2024-03-09', ['late', 'early']]])
    const inMadrid = historyPage([early, late], { page: 0, pageSize: 10, utcOffset: () => 60 })
    expect(inMadrid.days.map((day) => day.day)).toEqual(['2024-03-10', '2024-03-09'])
    const inMexico = historyPage([early, late], { page: 0, pageSize: 10, utcOffset: () => -360 })
    expect(inMexico.days.map((day) => day.day)).toEqual(['2024-03-09', '2024-03-08'])
  })

  it('applies the offset in force at each instant (daylight saving)', () => {
    const summerAware = (ms: number): number => (ms >= at('2024-03-31T01:00:00Z') ? 120 : 60)
    expect(localDayKey(at('2024-03-30T22:30:00Z'), summerAware)).toBe('2024-03-30')
    expect(localDayKey(at('2024-03-31T22:30:00Z'), summerAware)).toBe('2024-04-01')
  })

  it('pages through every entry exactly once, newest first, whatever the input order (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryEntry(), { selector: (entry) => entry.id, maxLength: 60 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: -12, max: 14 }),
        (entries, pageSize, offsetHours) => {
          const utcOffset = (): number => offsetHours * 60
          const first = historyPage(entries, { page: 0, pageSize, utcOffset })
          const seen: JournalEntry[] = []
          for (let page = 0; page < first.pageCount; page++) {
            const result = historyPage(entries, { page, pageSize, utcOffset })
            expect(result.totalEntries).toBe(entries.length)
            const onPage = result.days.flatMap((day) => day.entries)
            expect(onPage.length).toBeLessThanOrEqual(pageSize)
            for (const day of result.days) {
              for (const entry of day.entries) expect(localDayKey(entry.createdAt, utcOffset)).toBe(day.day)
            }
            seen.push(...onPage)
          }
          expect(seen.map((entry) => entry.id).sort()).toEqual(entries.map((entry) => entry.id).sort())
          for (let i = 1; i < seen.length; i++) {
            expect(seen[i - 1]!.createdAt).toBeGreaterThanOrEqual(seen[i]!.createdAt)
          }
        },
      ),
    )
  })

  it('clamps a page beyond the end to the last page, and an empty journal has one empty page', () => {
    const entries = [0, 1, 2].map((n) => makeEntry({ id: `e${n}`, createdAt: n * HOUR }))
    expect(historyPage(entries, { page: 99, pageSize: 2, utcOffset: UTC })).toMatchObject({ page: 1, pageCount: 2 })
    expect(historyPage([], { page: 3, pageSize: 20, utcOffset: UTC })).toEqual({
      days: [],
      page: 0,
      pageCount: 1,
      totalEntries: 0,
    })
  })
})
