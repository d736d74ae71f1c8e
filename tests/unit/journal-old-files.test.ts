import fc from 'fast-check'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_FORMAT, mergeImport, readJournalBackup, upgradeEntry } from '../../electron/core/journal'
import type { Cipher } from '../../electron/core/journal/cipher'
import { openJournalStore } from '../../electron/platform/journal-store'
import { typedText } from './fixtures/journal-entries'
import { fakeCipher } from './fixtures/journal-fake-cipher'

/**
 * Files written before entries had kinds must open unchanged: every person upgrading has a journal of v1
 * records (and perhaps a v0 one from the pre-release), plain or encrypted, and old backups on disk. These
 * tests write those files by hand, in the old shape, rather than through today's code.
 */

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kindbreak-old-journal-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** An entry as version 1 wrote it: no kind, schemaVersion 1. */
type V1Record = Record<string, unknown> & { id: string; schemaVersion: 1 }

function v1Record(id: string, content: Record<string, unknown>): V1Record {
  return { id, schemaVersion: 1, createdAt: 1_650_000_000_000, updatedAt: 1_650_000_000_000, feelings: [], thinkingTraps: [], ...content }
}

/** What a v1 record must read as today: everything it held, plus the kind it always was. */
const asReframing = (record: V1Record) => ({ ...record, schemaVersion: 2, kind: 'reframe' })

const everyField = v1Record('every-field', {
  createdAt: 1_650_000_000_000,
  updatedAt: 1_650_000_500_000,
  situation: 'Presenting the roadmap',
  feelings: ['anxious', 'ashamed'],
  intensityBefore: 8,
  harshVoice: 'You froze in front of everyone.',
  mindfulNaming: 'This is a moment of embarrassment.',
  commonHumanity: 'Everyone loses their words sometimes.',
  kindReply: 'You kept going, and that took courage. 🌱',
  intensityAfter: 4,
  thinkingTraps: ['labelling', 'all-or-nothing'],
})
const replyOnly = v1Record('reply-only', { harshVoice: '', kindReply: 'שלום, go gently.' })
const editedFirst = v1Record('edited', { harshVoice: 'first words', kindReply: '' })
const editedLater = v1Record('edited', { harshVoice: 'later words', kindReply: 'kinder words', updatedAt: 1_650_000_900_000 })
const deleted = v1Record('deleted', { harshVoice: 'gone' })

/** A pre-release record: other names, ISO dates, no version. */
const v0Record = {
  id: 'pre-release',
  created: '2023-11-02T08:15:00.000Z',
  thought: 'I ruin everything.',
  reply: 'One hard morning is not everything.',
  emotions: ['sad'],
  before: 6,
  after: 3,
  traps: ['self-blame'],
}
const v0AsReframing = {
  id: 'pre-release',
  schemaVersion: 2,
  kind: 'reframe',
  createdAt: Date.parse('2023-11-02T08:15:00.000Z'),
  updatedAt: Date.parse('2023-11-02T08:15:00.000Z'),
  harshVoice: 'I ruin everything.',
  kindReply: 'One hard morning is not everything.',
  feelings: ['sad'],
  intensityBefore: 6,
  intensityAfter: 3,
  thinkingTraps: ['self-blame'],
}

/** A put line as the old app wrote it: the entry plain, or encrypted with the id kept readable. */
function oldPutLine(entry: { id: string }, cipher: Cipher | undefined): string {
  const record =
    cipher === undefined
      ? { op: 'put', id: entry.id, entry }
      : { op: 'put', id: entry.id, enc: cipher.id, data: cipher.encrypt(JSON.stringify(entry)) }
  return JSON.stringify(record)
}

function writeOldLog(cipher: Cipher | undefined): void {
  const lines = [
    oldPutLine(editedFirst, cipher),
    oldPutLine(everyField, cipher),
    oldPutLine(v0Record, cipher),
    oldPutLine(deleted, cipher),
    oldPutLine(replyOnly, cipher),
    oldPutLine(editedLater, cipher),
    JSON.stringify({ op: 'del', id: 'deleted' }),
  ]
  writeFileSync(join(dir, 'journal.jsonl'), lines.map((line) => `${line}\n`).join(''))
}

const expectedToday = new Map<string, unknown>([
  ['every-field', asReframing(everyField)],
  ['reply-only', asReframing(replyOnly)],
  ['edited', asReframing(editedLater)],
  ['pre-release', v0AsReframing],
])

describe.each([
  ['plain', undefined],
  ['encrypted', fakeCipher('old-key')],
])('a %s journal log from before entries had kinds', (_, cipher) => {
  const open = () => openJournalStore({ dir, now: () => 0, cipher })

  it('opens with every entry intact, each a reframing with the values it was written with', () => {
    writeOldLog(cipher)
    const store = open()
    expect(store.problems).toEqual([])
    expect(new Map(store.entries().map((entry) => [entry.id, entry]))).toEqual(expectedToday)
    store.close()
  })

  it('is written once at the current version as it opens, the replaced and deleted lines gone, and left alone after', () => {
    writeOldLog(cipher)
    open().close()
    const file = join(dir, 'journal.jsonl')
    const rewritten = readFileSync(file, 'utf8')
    const stored = rewritten.trim().split('\n').map((line) => {
      const record = JSON.parse(line) as { id: string; entry?: unknown; data?: string }
      return cipher === undefined ? record.entry : JSON.parse(cipher.decrypt(record.data ?? ''))
    })
    expect(stored).toHaveLength(expectedToday.size)
    expect(new Map(stored.map((entry) => [(entry as { id: string }).id, entry]))).toEqual(expectedToday)
    expect(rewritten).not.toContain('first words')
    expect(rewritten).not.toContain('gone')
    open().close()
    expect(readFileSync(file, 'utf8')).toBe(rewritten)
  })

  it('keeps them identical through a compaction (which rewrites them at v2) and a reopen', () => {
    writeOldLog(cipher)
    const store = open()
    store.compact()
    store.close()
    const reopened = open()
    expect(reopened.problems).toEqual([])
    expect(new Map(reopened.entries().map((entry) => [entry.id, entry]))).toEqual(expectedToday)
    reopened.close()
  })
})

describe('an old JSON backup', () => {
  it('imports its v1 and v0 records as reframings, nothing refused', () => {
    const backup = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, exportedAt: 1_650_001_000_000, entries: [everyField, replyOnly, v0Record] })
    const reading = readJournalBackup(backup)
    if (!reading.ok) throw new Error(`refused: ${reading.refusal}`)
    const { toWrite, report } = mergeImport(new Map(), reading.records)
    expect(report).toEqual({ added: 3, updated: 0, unchanged: 0, rejected: [] })
    expect(toWrite).toEqual([asReframing(everyField), asReframing(replyOnly), v0AsReframing])
  })

  it('updates an entry the journal already holds only when the backup copy is newer', () => {
    const known = new Map([['edited', upgradeOrThrow(editedFirst)]])
    const { toWrite, report } = mergeImport(known, [editedLater])
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 0 })
    expect(toWrite).toEqual([asReframing(editedLater)])
    expect(mergeImport(new Map([['edited', upgradeOrThrow(editedLater)]]), [editedFirst]).report).toMatchObject({ unchanged: 1 })
  })
})

function upgradeOrThrow(record: unknown) {
  const upgraded = upgradeEntry(record)
  if (!upgraded.ok) throw new Error(`not upgraded: ${JSON.stringify(upgraded.issues)}`)
  return upgraded.value
}

/** Any record version 1 could have written, built from its shape (not from today's entry). */
const arbitraryV1Record: fc.Arbitrary<V1Record> = fc
  .record(
    {
      id: fc.uuid(),
      createdAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
      edit: fc.integer({ min: 0, max: 1_000_000 }),
      harshVoice: typedText.map((text) => `h${text}`),
      kindReply: typedText,
      situation: typedText,
      feelings: fc.uniqueArray(fc.constantFrom('anxious', 'sad', 'lonely'), { maxLength: 3 }),
      intensityBefore: fc.integer({ min: 0, max: 10 }),
      mindfulNaming: typedText,
      commonHumanity: typedText,
      intensityAfter: fc.integer({ min: 0, max: 10 }),
      thinkingTraps: fc.uniqueArray(fc.constantFrom('labelling', 'mind-reading'), { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'createdAt', 'edit', 'harshVoice', 'kindReply', 'feelings', 'thinkingTraps'] },
  )
  .map(({ edit, ...content }) => v1Record(content.id, { ...content, updatedAt: content.createdAt + edit }))

describe('upgrading version 1 records (property)', () => {
  it('turns any v1 record into a v2 reframing with exactly the same content', () => {
    fc.assert(
      fc.property(arbitraryV1Record, (record) => {
        // Through JSON, as the record would come off the disk.
        const upgraded = upgradeEntry(JSON.parse(JSON.stringify(record)))
        expect(upgraded).toEqual({ ok: true, value: asReframing(record) })
      }),
    )
  })
})
