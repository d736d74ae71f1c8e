import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CURRENT_SCHEMA_VERSION,
  MIGRATIONS,
  mergeImport,
  upgradeEntry,
  type JournalEntry,
} from '../../electron/core/journal'
import { arbitraryAnyEntry, asReframe, makeEntry } from './fixtures/journal-entries'

const byId = (entries: readonly JournalEntry[]): Map<string, JournalEntry> =>
  new Map(entries.map((entry) => [entry.id, entry]))

describe('import merge', () => {
  const existing = byId([
    makeEntry({ id: 'same', updatedAt: 1_700_000_000_500 }),
    makeEntry({ id: 'stale-here', updatedAt: 1_700_000_000_100, kindReply: 'old words' }),
    makeEntry({ id: 'newer-here', updatedAt: 1_700_000_009_000, kindReply: 'kept words' }),
  ])

  it('adds new ids, takes newer edits, keeps what is newer here, and reports each', () => {
    const { toWrite, report } = mergeImport(existing, [
      makeEntry({ id: 'same', updatedAt: 1_700_000_000_500, kindReply: 'tie keeps ours' }),
      makeEntry({ id: 'stale-here', updatedAt: 1_700_000_000_200, kindReply: 'new words' }),
      makeEntry({ id: 'newer-here', updatedAt: 1_700_000_000_000, kindReply: 'older words' }),
      makeEntry({ id: 'brand-new' }),
      { id: 'broken', harshVoice: '', kindReply: '', schemaVersion: 1, createdAt: 1, updatedAt: 1 },
      'not even an object',
    ])
    expect(report).toMatchObject({ added: 1, updated: 1, unchanged: 2 })
    expect(report.rejected.map((r) => [r.index, r.id, r.issues[0]?.reason])).toEqual([
      [4, 'broken', 'nothing_written'],
      [5, undefined, 'unreadable'],
    ])
    expect(toWrite.map((entry) => [entry.id, asReframe(entry).kindReply])).toEqual([
      ['stale-here', 'new words'],
      ['brand-new', 'You are learning, and that takes time.'],
    ])
  })

  it('never duplicates an id, the newest copy always wins, and every record is counted once (property)', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e')
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryAnyEntry(ids), { selector: (entry) => entry.id }),
        fc.array(arbitraryAnyEntry(ids), { maxLength: 12 }),
        (journal, incoming) => {
          const { toWrite, report } = mergeImport(byId(journal), incoming)
          expect(new Set(toWrite.map((entry) => entry.id)).size).toBe(toWrite.length)
          expect(report.added + report.updated + report.unchanged + report.rejected.length).toBe(incoming.length)
          const merged = byId([...journal, ...toWrite])
          for (const id of new Set([...journal, ...incoming].map((entry) => entry.id))) {
            const newest = Math.max(...[...journal, ...incoming].filter((e) => e.id === id).map((e) => e.updatedAt))
            expect(merged.get(id)?.updatedAt).toBe(newest)
          }
          expect(report.added).toBe(new Set(incoming.map((e) => e.id).filter((id) => !journal.some((e) => e.id === id))).size)
        },
      ),
    )
  })

  it('importing the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryAnyEntry(), { selector: (entry) => entry.id, maxLength: 10 }), (incoming) => {
        const first = mergeImport(new Map(), incoming)
        const second = mergeImport(byId(first.toWrite), incoming)
        expect(second.toWrite).toEqual([])
        expect(second.report).toEqual({ added: 0, updated: 0, unchanged: incoming.length, rejected: [] })
      }),
    )
  })
})

describe('migrations', () => {
  it('is an ordered ladder: step n lifts version n, ending at the current version', () => {
    MIGRATIONS.forEach((step, index) => expect(step.from).toBe(index))
    expect(MIGRATIONS).toHaveLength(CURRENT_SCHEMA_VERSION)
  })

  it('brings a v0 record up to a current reframing, renaming fields and turning ISO dates into epoch ms', () => {
    const legacy = {
      id: 'old-1',
      created: '2023-11-02T08:15:00.000Z',
      updated: '2023-11-03T09:00:00.000Z',
      thought: 'I ruin everything.',
      reply: 'One hard morning is not everything.',
      situation: 'Standup',
      emotions: ['ashamed'],
      before: 8,
      after: 5,
      traps: ['all-or-nothing'],
    }
    expect(upgradeEntry(legacy)).toEqual({
      ok: true,
      value: {
        id: 'old-1',
        schemaVersion: 2,
        kind: 'reframe',
        createdAt: Date.parse('2023-11-02T08:15:00.000Z'),
        updatedAt: Date.parse('2023-11-03T09:00:00.000Z'),
        harshVoice: 'I ruin everything.',
        kindReply: 'One hard morning is not everything.',
        situation: 'Standup',
        feelings: ['ashamed'],
        intensityBefore: 8,
        intensityAfter: 5,
        thinkingTraps: ['all-or-nothing'],
      },
    })
  })

  it('uses the creation date when a v0 record was never edited, and refuses an unreadable date by name', () => {
    const upgraded = upgradeEntry({ id: 'x', created: '2023-01-01T00:00:00Z', thought: 'hm' })
    expect(upgraded.ok && upgraded.value.updatedAt).toBe(Date.parse('2023-01-01T00:00:00Z'))
    const badDate = upgradeEntry({ id: 'x', created: 'last tuesday', thought: 'hm' })
    expect(badDate.ok || badDate.issues[0]).toMatchObject({ field: 'createdAt', reason: 'unreadable' })
  })

  it('leaves a current record as it is', () => {
    fc.assert(
      fc.property(arbitraryAnyEntry(), (entry) => {
        expect(upgradeEntry(entry)).toEqual({ ok: true, value: entry })
      }),
    )
  })

  it('refuses a record from a newer version without guessing, and an impossible version number', () => {
    const future = upgradeEntry({ ...makeEntry({ id: 'f' }), schemaVersion: CURRENT_SCHEMA_VERSION + 1 })
    expect(future.ok || future.issues[0]?.reason).toBe('from_newer_version')
    const odd = upgradeEntry({ ...makeEntry({ id: 'f' }), schemaVersion: 'one' })
    expect(odd.ok || odd.issues[0]).toMatchObject({ field: 'schemaVersion', reason: 'unreadable' })
  })

  it('runs injected steps in order, one rung at a time', () => {
    const order: number[] = []
    const steps = [0, 1, 2, 3].map((from) => ({ from, describe: `${from}`, up: (r: Record<string, unknown>) => (order.push(from), r) }))
    upgradeEntry({ ...makeEntry({ id: 'x' }), schemaVersion: 0 }, steps)
    // From v0 to the current v2: two rungs, and never the steps beyond it.
    expect(order).toEqual([0, 1])
  })
})
