import { describe, expect, it } from 'vitest'
import { journalKinds } from '../../electron/common/journal-kinds'
import { corePracticeIds, library, libraryEntry } from '../../electron/common/library'
import { pathWeeks } from '../../electron/common/path'
import { screenForPractice, screens } from '../../electron/common/screens'

/**
 * Each kind of journal entry is written by the library practice of the same id (journal-kinds.ts says so),
 * so the library, the path and a daily moment can open one: a kind without its practice or screen could be
 * kept but never written.
 */
const weeksSuggesting = (id: string): string[] =>
  pathWeeks.filter((week) => (week.practices as readonly string[]).includes(id)).map((week) => week.id)

describe('journal kinds as practices', () => {
  it.each(journalKinds)('%s is a core practice of the library with a screen of its own', (kind) => {
    expect(corePracticeIds).toContain(kind)
    expect(library.filter((entry) => entry.id === kind)).toHaveLength(1)
    expect(screenForPractice(kind)).toBe(kind)
    expect(screens).toContain(kind)
  })

  it('times and sorts the two new practices as kindness: a ten-minute letter, three minutes of good things', () => {
    expect(libraryEntry('letter')).toMatchObject({ kind: 'kindness', minutes: [10], moving: false, breath: false })
    expect(libraryEntry('good-things')).toMatchObject({ kind: 'kindness', minutes: [3], moving: false, breath: false })
    expect(library).toHaveLength(16)
  })

  it('suggests the letter in the week of the kind voice and the good things in the week of savouring', () => {
    expect(weeksSuggesting('letter')).toEqual(['kind-voice'])
    expect(weeksSuggesting('good-things')).toEqual(['savouring'])
    expect(pathWeeks.find((week) => week.id === 'kind-voice')?.practices).toEqual(['reframe', 'letter', 'compassionate-friend'])
    expect(pathWeeks.find((week) => week.id === 'savouring')?.practices).toEqual(['good-things', 'mindful-seeing', 'body-scan'])
  })
})
