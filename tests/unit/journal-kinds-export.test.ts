import { describe, expect, it } from 'vitest'
import { esJournal } from '../../electron/common/catalog/es-problems'
import { enJournal } from '../../electron/common/catalog/en-problems'
import { mergeImport, readJournalBackup, toCsv, toJsonBackup, toMarkdown, UTC, type JournalEntry } from '../../electron/core/journal'
import { parseCsv } from './fixtures/csv-reader'
import { makeEntry, makeGoodThings, makeLetter } from './fixtures/journal-entries'

const at = (iso: string): number => Date.parse(iso)

const letter = makeLetter({
  id: 'letter-1',
  createdAt: at('2024-05-04T09:05:00Z'),
  updatedAt: at('2024-05-04T09:05:00Z'),
  letter: 'Dear me,\n\nyou did *enough* today.',
})
const goodThings = makeGoodThings({
  id: 'good-1',
  createdAt: at('2024-05-04T21:30:00Z'),
  updatedAt: at('2024-05-04T21:45:00Z'),
  wentWell: 'Tea with Mum',
  alsoWentWell: undefined,
  aboutMe: '# I kept going',
})
const reframing = makeEntry({
  id: 'reframe-1',
  createdAt: at('2024-05-03T08:00:00Z'),
  updatedAt: at('2024-05-03T08:00:00Z'),
  situation: 'Standup',
  feelings: ['sad'],
  intensityBefore: 6,
})
const allKinds: JournalEntry[] = [letter, goodThings, reframing]

describe('Markdown export of a letter and three good things', () => {
  it('writes each under a heading naming its kind, with its own fields quoted and nothing empty', () => {
    const expected = [
      '# Kindbreak journal',
      '',
      '## 2024-05-04',
      '',
      '### 21:30 · Three good things',
      '',
      '**Something that went well**',
      '',
      '> Tea with Mum',
      '',
      '**Something about you**',
      '',
      // Written words cannot become a heading.
      '> \\# I kept going',
      '',
      '### 09:05 · A letter to yourself',
      '',
      '**Letter**',
      '',
      '> Dear me,',
      '>',
      '> you did \\*enough\\* today.',
      '',
    ].join('\n')
    expect(toMarkdown([letter, goodThings], { words: enJournal, utcOffset: UTC })).toBe(expected)
  })

  it("names the kinds in the person's language", () => {
    const spanish = toMarkdown([letter, goodThings], { words: esJournal, utcOffset: UTC })
    expect(spanish).toContain(`### 09:05 · ${esJournal.kinds.letter}`)
    expect(spanish).toContain(`### 21:30 · ${esJournal.kinds['good-things']}`)
    expect(spanish).toContain(`**${esJournal.fields.letter}**`)
  })
})

describe('CSV export of every kind', () => {
  /** The header an export made before there were kinds: spreadsheets built on it must still line up. */
  const versionOneHeader = [
    'id',
    'createdAt',
    'updatedAt',
    'situation',
    'feelings',
    'intensityBefore',
    'harshVoice',
    'mindfulNaming',
    'commonHumanity',
    'kindReply',
    'intensityAfter',
    'thinkingTraps',
    'schemaVersion',
  ]
  const [header = [], ...rows] = parseCsv(toCsv(allKinds, UTC).slice(1))
  const rowOf = (id: string): Record<string, string> => {
    const row = rows.find((cells) => cells[0] === id)
    if (row === undefined) throw new Error(`no row for ${id}`)
    return Object.fromEntries(header.map((name, n) => [name, row[n] ?? '']))
  }
  const emptyCells = (row: Record<string, string>, names: readonly string[]) => names.filter((name) => row[name] !== '')

  it('keeps the old columns where they were and adds the kinds’ columns after them', () => {
    expect(header).toEqual([...versionOneHeader, 'kind', 'letter', 'wentWell', 'alsoWentWell', 'aboutMe'])
    expect(rows.map((row) => row.length)).toEqual([18, 18, 18])
  })

  it('writes a letter in its own column, every other kind’s column empty', () => {
    const row = rowOf('letter-1')
    expect(row).toMatchObject({ kind: 'letter', letter: 'Dear me,\n\nyou did *enough* today.', schemaVersion: '2', createdAt: '2024-05-04T09:05+00:00' })
    expect(emptyCells(row, ['situation', 'feelings', 'intensityBefore', 'harshVoice', 'mindfulNaming', 'commonHumanity', 'kindReply', 'intensityAfter', 'thinkingTraps', 'wentWell', 'alsoWentWell', 'aboutMe'])).toEqual([])
  })

  it('writes the good things in theirs, a missing one empty', () => {
    const row = rowOf('good-1')
    expect(row).toMatchObject({ kind: 'good-things', wentWell: 'Tea with Mum', alsoWentWell: '', aboutMe: '# I kept going', updatedAt: '2024-05-04T21:45+00:00' })
    expect(emptyCells(row, ['harshVoice', 'kindReply', 'feelings', 'thinkingTraps', 'letter'])).toEqual([])
  })

  it('writes a reframing as before, with its kind and the new columns empty', () => {
    const row = rowOf('reframe-1')
    expect(row).toMatchObject({ kind: 'reframe', situation: 'Standup', feelings: 'sad', intensityBefore: '6', harshVoice: reframing.harshVoice, kindReply: reframing.kindReply })
    expect(emptyCells(row, ['letter', 'wentWell', 'alsoWentWell', 'aboutMe'])).toEqual([])
  })

  it('is newest first whatever the kind', () => {
    expect(rows.map((row) => row[0])).toEqual(['good-1', 'letter-1', 'reframe-1'])
  })
})

describe('JSON backup of every kind', () => {
  it('comes back through a fresh import as the very same entries', () => {
    const reading = readJournalBackup(toJsonBackup(allKinds, 123))
    if (!reading.ok) throw new Error(`refused: ${reading.refusal}`)
    const { toWrite, report } = mergeImport(new Map(), reading.records)
    expect(report).toEqual({ added: 3, updated: 0, unchanged: 0, rejected: [] })
    const byId = (entries: readonly JournalEntry[]) => new Map(entries.map((entry) => [entry.id, entry]))
    expect(byId(toWrite)).toEqual(byId(allKinds))
    expect(toWrite.map((entry) => entry.kind).sort()).toEqual(['good-things', 'letter', 'reframe'])
  })
})
