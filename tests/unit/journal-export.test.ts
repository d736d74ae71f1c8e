import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT,
  csvCell,
  mergeImport,
  readJournalBackup,
  toCsv,
  toJsonBackup,
  toMarkdown,
  UTC,
} from '../../electron/core/journal'
import { enJournal, enProblems } from '../../electron/common/catalog/en-problems'
import { esJournal, esProblems } from '../../electron/common/catalog/es-problems'
import { parseCsv } from './fixtures/csv-reader'
import { arbitraryAnyEntry, makeEntry } from './fixtures/journal-entries'

describe('CSV export', () => {
  it('quotes by RFC 4180 so any text reads back as written (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { minLength: 1, maxLength: 6 }), (cells) => {
        const safe = cells.map((cell) => cell.replace(/^[=+\-@\t\r]/, 'x'))
        expect(parseCsv(`${safe.map(csvCell).join(',')}\r\n`)).toEqual([safe])
      }),
    )
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a "quote", and more')).toBe('"a ""quote"", and more"')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
  })

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', '\tcmd', '\r=1'])(
    'neutralises a formula-looking cell: %j',
    (value) => {
      const [[cell]] = parseCsv(`${csvCell(value)}\r\n`) as [[string]]
      expect(cell).toBe(`'${value}`)
    },
  )

  it('writes a header, one CRLF row per entry newest first, and a byte-order mark', () => {
    const csv = toCsv(
      [
        makeEntry({ id: 'old', createdAt: Date.parse('2024-01-01T10:00:00Z'), feelings: ['sad', 'lonely'] }),
        makeEntry({ id: 'new', createdAt: Date.parse('2024-02-01T10:00:00Z'), harshVoice: '=cmd|"/c calc"!A0' }),
      ],
      () => 60,
    )
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const [header, first, second, ...rest] = parseCsv(csv.slice(1))
    expect(rest).toEqual([])
    expect(header?.slice(0, 3)).toEqual(['id', 'createdAt', 'updatedAt'])
    const column = (name: string): number => header?.indexOf(name) ?? -1
    expect(first?.[column('id')]).toBe('new')
    expect(first?.[column('harshVoice')]).toBe(`'=cmd|"/c calc"!A0`)
    expect(first?.[column('createdAt')]).toBe('2024-02-01T11:00+01:00')
    expect(second?.[column('feelings')]).toBe('sad; lonely')
  })
})

describe('Markdown export', () => {
  const entries = [
    makeEntry({
      id: 'a',
      createdAt: Date.parse('2024-05-03T14:32:00Z'),
      situation: '# not a heading\n- nor a list <b>bold</b>',
      feelings: ['anxious'],
      intensityBefore: 7,
      intensityAfter: 4,
    }),
    makeEntry({ id: 'b', createdAt: Date.parse('2024-05-04T09:05:00Z'), harshVoice: '', thinkingTraps: ['labelling'] }),
    makeEntry({ id: 'c', createdAt: Date.parse('2024-05-03T08:00:00Z') }),
  ]

  it('groups by day, newest first, with times and labelled fields in the chosen language', () => {
    const markdown = toMarkdown(entries, { words: enJournal, utcOffset: UTC, tagLabel: (_, id) => id.toUpperCase() })
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'))
    // Each entry's heading names its kind, in the chosen language.
    expect(headings).toEqual([
      '# Kindbreak journal',
      '## 2024-05-04',
      '### 09:05 · Reframing a thought',
      '## 2024-05-03',
      '### 14:32 · Reframing a thought',
      '### 08:00 · Reframing a thought',
    ])
    expect(markdown).toContain('**Feelings:** ANXIOUS')
    expect(markdown).toContain('**Intensity before:** 7/10')
    expect(markdown).toContain('**Thinking traps:** LABELLING')
    expect(markdown).toContain('> You are learning, and that takes time.')
    const spanish = toMarkdown(entries, { words: esJournal, utcOffset: UTC })
    expect(spanish).toContain('# Diario de Kindbreak')
    expect(spanish).toContain('**Respuesta amable**')
  })

  it('leaves out empty fields and keeps written text from turning into markup', () => {
    const markdown = toMarkdown(entries, { words: enJournal, utcOffset: UTC })
    const entryB = markdown.slice(markdown.indexOf('### 09:05'), markdown.indexOf('## 2024-05-03'))
    expect(entryB).not.toContain('Critical voice')
    expect(markdown).toContain('> \\# not a heading\n> \\- nor a list \\<b\\>bold\\</b\\>')
  })
})

describe('JSON backup', () => {
  it('is complete and re-imports into an empty journal as the same entries (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryAnyEntry(), { selector: (entry) => entry.id, maxLength: 15 }), (entries) => {
        const reading = readJournalBackup(toJsonBackup(entries, 123))
        expect(reading.ok).toBe(true)
        if (!reading.ok) return
        const { toWrite, report } = mergeImport(new Map(), reading.records)
        expect(report).toEqual({ added: entries.length, updated: 0, unchanged: 0, rejected: [] })
        const sortById = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : 1))
        expect(sortById(toWrite)).toEqual(sortById(entries))
      }),
    )
  })

  it('carries a format marker and version', () => {
    expect(JSON.parse(toJsonBackup([], 5))).toEqual({ format: BACKUP_FORMAT, formatVersion: 1, exportedAt: 5, entries: [] })
  })

  it.each([
    ['not JSON', '{ oops', 'not-json'],
    ['some other JSON', '{"settings": {}}', 'not-a-backup'],
    ['a newer format', JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 99, entries: [] }), 'newer-format'],
    ['no entries list', JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, entries: {} }), 'no-entries'],
  ] as const)('refuses %s with its own reason, which both languages word', (_, text, refusal) => {
    const reading = readJournalBackup(text)
    expect(reading).toEqual({ ok: false, refusal })
    expect(enProblems.backupRefusals[refusal]).toContain('Nothing was changed')
    expect(esProblems.backupRefusals[refusal]).toContain('No se ha cambiado nada')
  })
})
