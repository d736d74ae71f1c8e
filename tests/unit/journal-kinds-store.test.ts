import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openJournalStore } from '../../electron/platform/journal-store'
import { makeEntry, makeGoodThings, makeLetter } from './fixtures/journal-entries'
import { fakeCipher } from './fixtures/journal-fake-cipher'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kindbreak-journal-kinds-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const logText = (): string => readFileSync(join(dir, 'journal.jsonl'), 'utf8')

const letter = makeLetter({ id: 'letter-1', createdAt: 3_000, updatedAt: 3_000, letter: 'Dear me, the secret garden of my week.' })
const goodThings = makeGoodThings({ id: 'good-1', createdAt: 2_000, updatedAt: 2_500, wentWell: 'Private tea', aboutMe: 'I rested' })
const reframing = makeEntry({ id: 'reframe-1', createdAt: 1_000, updatedAt: 1_000 })
// A good thing left out must stay out: written without alsoWentWell, read back without it.
const { alsoWentWell: _left, ...twoGoodThings } = goodThings

describe.each([
  ['plain', undefined],
  ['encrypted', fakeCipher('kinds-key')],
])('the %s journal store with every kind', (mode, cipher) => {
  const open = () => openJournalStore({ dir, now: () => 0, cipher })

  it('reads back a letter and three good things identical after a reopen, and after a compaction', () => {
    const store = open()
    store.upsertMany([letter, twoGoodThings])
    store.upsert(reframing)
    store.close()
    const reopened = open()
    expect(reopened.problems).toEqual([])
    expect(reopened.entries()).toStrictEqual([letter, twoGoodThings, reframing])
    reopened.compact()
    reopened.close()
    expect(open().entries()).toStrictEqual([letter, twoGoodThings, reframing])
  })

  it(mode === 'plain' ? 'writes the words as they are' : 'writes none of the words readable', () => {
    const store = open()
    store.upsertMany([letter, twoGoodThings])
    store.close()
    for (const words of ['secret garden', 'Private tea', 'I rested']) expect(logText().includes(words)).toBe(mode === 'plain')
  })

  it('refuses an empty letter without writing anything', () => {
    const store = open()
    store.upsert(letter)
    const before = logText()
    expect(() => store.upsert(makeLetter({ id: 'empty', letter: ' ' }))).toThrow(/empty_letter/)
    expect(logText()).toBe(before)
    store.close()
  })
})
