import fc from 'fast-check'
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { JournalEntry, JournalEntryOf } from '../../electron/core/journal'
import { openJournalStore, type JournalStoreOptions } from '../../electron/platform/journal-store'
import { arbitraryAnyEntry, makeEntry } from './fixtures/journal-entries'
import { fakeCipher } from './fixtures/journal-fake-cipher'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kindbreak-journal-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const NOW = Date.parse('2025-01-02T03:04:05.678Z')
const open = (options: Partial<JournalStoreOptions> = {}) => openJournalStore({ dir, now: () => NOW, ...options })
const logPath = (): string => join(dir, 'journal.jsonl')
const logText = (): string => readFileSync(logPath(), 'utf8')
const asideFiles = (): string[] => readdirSync(dir).filter((name) => name.startsWith('journal.corrupt-'))
const ids = (entries: readonly JournalEntry[]): string[] => entries.map((entry) => entry.id)
const entry = (n: number, overrides: Partial<JournalEntryOf<'reframe'>> = {}): JournalEntryOf<'reframe'> =>
  makeEntry({ id: `id-${n}`, createdAt: 1_000 * n, updatedAt: 1_000 * n, ...overrides })

describe('journal store: appending and reading back', () => {
  it('keeps entries, edits and deletions across a reopen, newest first', () => {
    const store = open()
    store.upsert(entry(1))
    store.upsert(entry(2))
    store.upsert(entry(3))
    store.upsert(entry(2, { kindReply: 'edited', updatedAt: 5_000 }))
    expect(store.remove('id-1')?.id).toBe('id-1')
    expect(store.remove('id-1')).toBeUndefined()
    store.close()

    const reopened = open()
    expect(reopened.problems).toEqual([])
    expect(ids(reopened.entries())).toEqual(['id-3', 'id-2'])
    expect(reopened.get('id-2')).toMatchObject({ kindReply: 'edited' })
    expect(reopened.get('id-1')).toBeUndefined()
    reopened.close()
  })

  it('saves one entry by appending one line: the history before it is left byte for byte', () => {
    const store = open()
    for (let n = 1; n <= 20; n++) store.upsert(entry(n))
    const before = logText()
    store.upsert(entry(21))
    const after = logText()
    expect(after.startsWith(before)).toBe(true)
    expect(after.slice(before.length).split('\n')).toHaveLength(2)
    store.close()
  })

  it('offers undo: a removed entry comes back whole when upserted again', () => {
    const store = open()
    const original = store.upsert(entry(1, { situation: 'Team call', feelings: ['anxious'] }))
    const removed = store.remove('id-1')
    store.upsert(removed!)
    store.close()
    expect(open().get('id-1')).toEqual(original)
  })

  it('refuses an invalid entry without writing anything, and upsertMany is all or nothing', () => {
    const store = open()
    store.upsert(entry(1))
    const before = logText()
    expect(() => store.upsert(entry(2, { harshVoice: '', kindReply: '' }))).toThrow(/entry nothing_written/)
    expect(() => store.upsertMany([entry(3), entry(4, { intensityAfter: 11 })])).toThrow(/intensityAfter intensity_range/)
    expect(logText()).toBe(before)
    expect(ids(store.entries())).toEqual(['id-1'])
    store.close()
  })

  it('hands out frozen entries, so the search cache keyed by object cannot go stale', () => {
    const store = open()
    store.upsert(entry(1))
    expect(Object.isFrozen(store.get('id-1'))).toBe(true)
    const stored = store.get('id-1')
    expect(stored?.kind === 'reframe' && Object.isFrozen(stored.feelings)).toBe(true)
    store.close()
  })

  it('refuses to write once closed', () => {
    const store = open()
    store.close()
    expect(() => store.upsert(entry(1))).toThrow(/closed/)
  })
})

describe('journal store: compaction', () => {
  it('drops superseded records, keeps every entry, and triggers by policy', () => {
    const store = open({ shouldCompact: (stats) => stats.supersededRecords >= 10 })
    for (let n = 1; n <= 5; n++) store.upsert(entry(n))
    for (let edit = 1; edit <= 9; edit++) store.upsert(entry(1, { updatedAt: 1_000 + edit, kindReply: `edit ${edit}` }))
    expect(store.stats()).toEqual({ liveRecords: 5, supersededRecords: 9 })
    store.upsert(entry(1, { updatedAt: 2_000, kindReply: 'last edit' }))
    expect(store.stats()).toEqual({ liveRecords: 5, supersededRecords: 0 })
    expect(logText().trimEnd().split('\n')).toHaveLength(5)
    store.upsert(entry(6))
    store.close()
    const reopened = open()
    expect(ids(reopened.entries())).toEqual(['id-6', 'id-5', 'id-4', 'id-3', 'id-2', 'id-1'])
    expect(reopened.get('id-1')).toMatchObject({ kindReply: 'last edit' })
    reopened.close()
  })

  it('agrees with a simple model under any mix of saves, deletes, compactions and reopens (property)', () => {
    const idPool = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f')
    const operation = fc.oneof(
      arbitraryAnyEntry(idPool).map((value) => ({ kind: 'upsert' as const, value })),
      idPool.map((id) => ({ kind: 'remove' as const, id })),
      fc.constant({ kind: 'compact' as const }),
      fc.constant({ kind: 'reopen' as const }),
    )
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (operations) => {
        rmSync(logPath(), { force: true })
        const model = new Map<string, JournalEntry>()
        let store = open({ shouldCompact: (stats) => stats.supersededRecords > 4 })
        for (const op of operations) {
          switch (op.kind) {
            case 'upsert':
              model.set(op.value.id, store.upsert(op.value))
              break
            case 'remove':
              expect(store.remove(op.id)).toEqual(model.get(op.id))
              model.delete(op.id)
              break
            case 'compact':
              store.compact()
              break
            case 'reopen':
              store.close()
              store = open()
          }
          expect(new Map(store.entries().map((e) => [e.id, e]))).toEqual(model)
        }
        store.close()
        const reopened = open()
        expect(reopened.problems).toEqual([])
        expect(new Map(reopened.entries().map((e) => [e.id, e]))).toEqual(model)
        reopened.close()
      }),
      { numRuns: 60 },
    )
  })
})

describe('journal store: damage', () => {
  function writeThree(): void {
    const store = open()
    for (let n = 1; n <= 3; n++) store.upsert(entry(n))
    store.close()
  }

  it('ignores a torn last line, reports it, keeps the fragment aside and carries on', () => {
    writeThree()
    const fragment = '{"op":"put","id":"id-4","entry":{"id":"id-4","harshV'
    appendFileSync(logPath(), fragment)
    const store = open()
    expect(ids(store.entries())).toEqual(['id-3', 'id-2', 'id-1'])
    expect(store.problems).toHaveLength(1)
    const [problem] = store.problems
    expect(problem?.kind).toBe('torn-tail')
    const movedTo = problem?.kind === 'torn-tail' ? problem.movedTo : ''
    expect(movedTo).toBe(join(dir, 'journal.corrupt-2025-01-02T03-04-05-678Z.jsonl'))
    expect(readFileSync(movedTo, 'utf8')).toBe(`${fragment}\n`)
    expect(logText()).not.toContain('harshV"')
    store.upsert(entry(5))
    store.close()
    const again = open()
    expect(again.problems).toEqual([])
    expect(ids(again.entries())).toEqual(['id-5', 'id-3', 'id-2', 'id-1'])
    again.close()
  })

  it('keeps a last record that is whole but lost its newline', () => {
    writeThree()
    appendFileSync(logPath(), JSON.stringify({ op: 'put', id: 'id-4', entry: entry(4) }))
    const store = open()
    expect(store.problems).toEqual([])
    store.upsert(entry(5))
    store.close()
    expect(ids(open().entries())).toEqual(['id-5', 'id-4', 'id-3', 'id-2', 'id-1'])
  })

  it.each([
    ['garbage', 'this is not JSON at all'],
    ['an invalid entry', JSON.stringify({ op: 'put', id: 'x', entry: { id: 'x', schemaVersion: 1 } })],
    ['an id that does not match its entry', JSON.stringify({ op: 'put', id: 'other', entry: makeEntry({ id: 'x' }) })],
    ['an unknown operation', JSON.stringify({ op: 'explode', id: 'x' })],
  ])('moves %s in the middle aside, loads the rest and says where it went', (_, badLine) => {
    writeThree()
    const [first, ...rest] = logText().trimEnd().split('\n')
    writeFileSync(logPath(), [first, badLine, ...rest].map((line) => `${line}\n`).join(''))
    const store = open()
    expect(ids(store.entries())).toEqual(['id-3', 'id-2', 'id-1'])
    expect(store.problems).toEqual([expect.objectContaining({ kind: 'corrupt-records', count: 1 })])
    const [aside] = asideFiles()
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(`${badLine}\n`)
    expect(store.problems[0]).toMatchObject({ movedTo: join(dir, aside!) })
    expect(logText()).not.toContain(badLine)
    store.close()
    const again = open()
    expect(again.problems).toEqual([])
    expect(asideFiles()).toHaveLength(1)
    again.close()
  })

  it('never overwrites an earlier aside file, even at the same instant', () => {
    for (let round = 0; round < 2; round++) {
      writeThree()
      appendFileSync(logPath(), 'broken\n')
      open().close()
    }
    expect(asideFiles().sort()).toEqual([
      'journal.corrupt-2025-01-02T03-04-05-678Z-1.jsonl',
      'journal.corrupt-2025-01-02T03-04-05-678Z.jsonl',
    ])
  })

  it('keeps records from a newer version untouched, through compaction, and says so', () => {
    writeThree()
    const future = JSON.stringify({ op: 'put', id: 'future', entry: { ...makeEntry({ id: 'future' }), schemaVersion: 9 } })
    appendFileSync(logPath(), `${future}\n`)
    const store = open()
    expect(store.problems).toEqual([expect.objectContaining({ kind: 'newer-records', count: 1 })])
    expect(ids(store.entries())).toEqual(['id-3', 'id-2', 'id-1'])
    store.compact()
    expect(logText()).toContain(future)
    store.close()
  })

  it('upgrades records written by an older version as it reads them', () => {
    writeFileSync(logPath(), `${JSON.stringify({ op: 'put', id: 'old', entry: { id: 'old', created: '2020-01-01T00:00:00Z', thought: 'old words' } })}\n`)
    const store = open()
    expect(store.problems).toEqual([])
    expect(store.get('old')).toMatchObject({ harshVoice: 'old words', schemaVersion: 2, kind: 'reframe' })
    store.close()
  })
})

describe('journal store: encryption', () => {
  const secret = 'I always mess up the presentation'
  const cipher = fakeCipher('key-one')

  it('writes no readable text when on, and reads it back with the same key', () => {
    const store = open({ cipher })
    store.upsert(entry(1, { harshVoice: secret, situation: 'Quarterly review' }))
    store.close()
    expect(logText()).not.toContain('mess up')
    expect(logText()).not.toContain('Quarterly')
    expect(logText()).toContain('"enc":"fake-keychain"')
    expect(open({ cipher }).get('id-1')).toMatchObject({ harshVoice: secret })
  })

  it('writes plain records when off', () => {
    const store = open()
    store.upsert(entry(1, { harshVoice: secret }))
    store.close()
    expect(logText()).toContain(secret)
  })

  it('loads a mixed file, and compaction brings every record to the current mode', () => {
    const plain = open()
    plain.upsert(entry(1, { harshVoice: secret }))
    plain.close()
    const encrypted = open({ cipher })
    encrypted.upsert(entry(2))
    expect(ids(encrypted.entries())).toEqual(['id-2', 'id-1'])
    expect(logText()).toContain(secret)
    encrypted.compact()
    expect(logText()).not.toContain('mess up')
    encrypted.close()

    const decrypting = open({ cipher, encryptWrites: false })
    decrypting.compact()
    expect(logText()).toContain(secret)
    expect(logText()).not.toContain('"enc"')
    decrypting.close()
  })

  it('keeps records it has no key for, reports them, and reads them again once the key is back', () => {
    const store = open({ cipher })
    store.upsert(entry(1, { harshVoice: secret }))
    store.upsert(entry(2))
    store.close()
    const withoutKey = open()
    expect(withoutKey.entries()).toEqual([])
    expect(withoutKey.problems).toEqual([expect.objectContaining({ kind: 'locked-records', count: 2 })])
    withoutKey.upsert(entry(3))
    expect(withoutKey.remove('id-1')).toBeUndefined()
    withoutKey.upsert(entry(2, { kindReply: 'replaced while locked', updatedAt: 9_000 }))
    withoutKey.compact()
    withoutKey.close()
    const withKey = open({ cipher })
    expect(withKey.problems).toEqual([])
    expect(ids(withKey.entries())).toEqual(['id-3', 'id-2', 'id-1'])
    expect(withKey.get('id-1')).toMatchObject({ harshVoice: secret })
    expect(withKey.get('id-2')).toMatchObject({ kindReply: 'replaced while locked' })
    withKey.close()
  })

  it('moves aside a record the right cipher cannot decrypt (damaged, or a different key under the same name)', () => {
    const store = open({ cipher: fakeCipher('key-two') })
    store.upsert(entry(1))
    store.close()
    const other = open({ cipher })
    expect(other.problems).toEqual([expect.objectContaining({ kind: 'corrupt-records', count: 1 })])
    expect(existsSync(join(dir, asideFiles()[0]!))).toBe(true)
    other.close()
  })
})

describe('journal store: rewriting encrypted records', () => {
  // A cipher that never writes the same text twice (as AES-GCM with a fresh nonce): a copied line shows.
  let counter = 0
  const base = fakeCipher('key-one')
  const saltedCipher = { ...base, encrypt: (plain: string) => `${base.encrypt(plain)}.${++counter}` , decrypt: (text: string) => base.decrypt(text.split('.')[0]!) }

  it('copies lines already in the current mode, and rewrites every line when the mode changes', () => {
    const store = open({ cipher: saltedCipher })
    store.upsert(entry(1))
    store.upsert(entry(2))
    store.upsert(entry(2, { kindReply: 'edited', updatedAt: 5_000 }))
    store.close()
    const written = logText().trim().split('\n')
    const reopened = open({ cipher: saltedCipher })
    reopened.compact()
    expect(logText().trim().split('\n').sort()).toEqual([written[0], written[2]].sort())
    reopened.upsert(entry(3))
    reopened.compact()
    expect(logText()).toContain(written[0])
    reopened.close()

    const plain = open({ cipher: saltedCipher, encryptWrites: false })
    plain.compact()
    expect(logText()).not.toContain('"enc"')
    expect(ids(plain.entries())).toEqual(['id-3', 'id-2', 'id-1'])
    plain.close()
  })
})

describe('journal store: records another cipher wrote', () => {
  const older = fakeCipher('older-key', 'safe-storage:gnome_libsecret')
  const current = fakeCipher('new-key', 'aes-256-gcm:k1')

  it('hands them out, takes in what was decrypted elsewhere, and keeps what is not a valid entry', () => {
    const before = open({ cipher: older })
    before.upsert(entry(1, { harshVoice: 'from before' }))
    before.upsert(entry(2))
    before.close()
    const store = open({ cipher: current })
    expect(store.entries()).toEqual([])
    const locked = store.lockedRecords('safe-storage:gnome_libsecret')
    expect(locked.map((record) => record.id)).toEqual(['id-1', 'id-2'])
    expect(store.lockedRecords('some-other-cipher')).toEqual([])
    expect(store.adopt('id-1', older.decrypt(locked[0]!.data))).toBe(true)
    expect(store.adopt('id-2', '{"harshVoice": 42}')).toBe(false)
    expect(store.adopt('id-9', older.decrypt(locked[0]!.data))).toBe(false)
    expect(store.get('id-1')).toMatchObject({ harshVoice: 'from before' })
    expect(store.keptProblems()).toEqual([expect.objectContaining({ kind: 'locked-records', count: 1 })])
    store.compact()
    store.close()
    expect(logText()).toContain('"enc":"aes-256-gcm:k1"')
    expect(logText()).toContain('"enc":"safe-storage:gnome_libsecret"')
    expect(open({ cipher: current }).get('id-1')).toMatchObject({ harshVoice: 'from before' })
  })
})

describe('journal store: records it can prove it wrote', () => {
  const sealed = (cipher: ReturnType<typeof fakeCipher>, value: object) =>
    `${JSON.stringify({ op: 'put', id: 'id-1', enc: cipher.id, data: cipher.encrypt(JSON.stringify(value)) })}\n`
  // Out of range: a record that validation refuses. Only the key's holder could have written it.
  const outOfRange = { ...entry(1), intensityBefore: 11 }

  it('takes an authenticated record at the current version as written, without validating it again', () => {
    const cipher = { ...fakeCipher('key-one', 'aes-256-gcm:k1'), authenticated: true }
    writeFileSync(logPath(), sealed(cipher, outOfRange))
    expect(open({ cipher }).get('id-1')).toMatchObject({ intensityBefore: 11 })
  })

  it('validates every other record as it reads it', () => {
    const cipher = fakeCipher('key-one')
    writeFileSync(logPath(), sealed(cipher, outOfRange))
    const store = open({ cipher })
    expect(store.get('id-1')).toBeUndefined()
    expect(store.problems).toEqual([expect.objectContaining({ kind: 'corrupt-records', count: 1 })])
    store.close()
    const authenticated = { ...fakeCipher('key-two', 'aes-256-gcm:k2'), authenticated: true }
    rmSync(logPath())
    writeFileSync(logPath(), sealed(authenticated, { ...outOfRange, schemaVersion: 0 }))
    expect(open({ cipher: authenticated }).get('id-1')).toBeUndefined()
  })
})
