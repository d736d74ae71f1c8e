import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BreakEvent } from '../../electron/core/break-events'
import { UTC } from '../../electron/core/journal'
import { kindnessTrend, type TrendRequest } from '../../electron/core/trends'
import { makeEntry, makeGoodThings, makeLetter } from './fixtures/journal-entries'

// Thursday 26 November 2026, 10:00 UTC. Its week starts on Monday the 23rd.
const now = Date.UTC(2026, 10, 26, 10)
const day = 86_400_000
const base: TrendRequest = { entries: [], events: [], now, utcOffset: UTC, weeks: 4, days: 7 }

const checkIn = (at: number, moment: 'before' | 'after', value: number | null): BreakEvent => ({
  v: 1, kind: 'check-in', at, moment, value, practice: 'breathe',
})

describe('kindnessTrend', () => {
  it('lays out the weeks from Monday and the days up to today, oldest first', () => {
    const trend = kindnessTrend(base)
    expect(trend.weeks.map((week) => week.weekStart)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'])
    expect(trend.days.map((d) => d.day)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'])
    expect(trend.weeks.every((week) => week.checkIns.before.mean === null && week.checkIns.before.count === 0)).toBe(true)
  })

  it('averages check-ins per week, before and after apart, and leaves skipped ones out', () => {
    const events = [
      checkIn(now - day, 'before', 3),
      checkIn(now - day, 'after', 6),
      checkIn(now - 2 * day, 'before', 5),
      checkIn(now - 2 * day, 'after', null),
      // Sunday the 22nd belongs to the week before.
      checkIn(Date.UTC(2026, 10, 22, 23, 59), 'before', 9),
    ]
    const [, , previous, current] = kindnessTrend({ ...base, events }).weeks
    expect(current?.checkIns.before).toEqual({ mean: 4, count: 2 })
    expect(current?.checkIns.after).toEqual({ mean: 6, count: 1 })
    expect(previous?.checkIns.before).toEqual({ mean: 9, count: 1 })
  })

  it('averages the intensities written in entries, before and after', () => {
    const entries = [
      { createdAt: now - 3_600_000, intensityBefore: 8, intensityAfter: 5 },
      { createdAt: now - 7_200_000, intensityBefore: 6 },
    ]
    const current = kindnessTrend({ ...base, entries }).weeks.at(-1)
    expect(current?.intensity).toEqual({ before: { mean: 7, count: 2 }, after: { mean: 5, count: 1 } })
  })

  // Letters and good things carry no intensities: journal entries of every kind go in, only reframings count.
  it('takes entries of every kind and averages only what reframings measured', () => {
    const entries = [
      makeEntry({ id: 'r', createdAt: now - 3_600_000, updatedAt: now - 3_600_000, intensityBefore: 8, intensityAfter: 5 }),
      makeLetter({ id: 'l', createdAt: now - 3_600_000, updatedAt: now - 3_600_000 }),
      makeGoodThings({ id: 'g', createdAt: now - 7_200_000, updatedAt: now - 7_200_000 }),
    ]
    const current = kindnessTrend({ ...base, entries }).weeks.at(-1)
    expect(current?.intensity).toEqual({ before: { mean: 8, count: 1 }, after: { mean: 5, count: 1 } })
  })

  it('counts only finished practices as practice minutes, on the local day they ended', () => {
    const events: BreakEvent[] = [
      { v: 1, kind: 'completed', at: now, durationMs: 90_000 },
      { v: 1, kind: 'completed', at: now - 60_000, durationMs: 30_000 },
      { v: 1, kind: 'skipped', at: now, durationMs: 300_000 },
      { v: 1, kind: 'natural', at: now, durationMs: 3_600_000 },
      { v: 1, kind: 'completed', at: now - day, durationMs: 180_000 },
    ]
    const days = kindnessTrend({ ...base, events }).days
    expect(days.at(-1)).toEqual({ day: '2026-11-26', minutes: 2 })
    expect(days.at(-2)).toEqual({ day: '2026-11-25', minutes: 3 })
  })

  it('reads days and weeks in the person’s time zone', () => {
    // 23:30 UTC on Sunday the 22nd is already Monday the 23rd at UTC+2.
    const at = Date.UTC(2026, 10, 22, 23, 30)
    const events = [checkIn(at, 'before', 7), { v: 1, kind: 'completed', at, durationMs: 60_000 } as BreakEvent]
    const inUtc = kindnessTrend({ ...base, events })
    const east = kindnessTrend({ ...base, events, utcOffset: () => 120 })
    expect(inUtc.weeks.at(-2)?.checkIns.before.count).toBe(1)
    expect(east.weeks.at(-1)?.checkIns.before.count).toBe(1)
    expect(inUtc.days.find((d) => d.day === '2026-11-22')?.minutes).toBe(1)
    expect(east.days.find((d) => d.day === '2026-11-23')?.minutes).toBe(1)
  })

  it('every answered check-in inside the window is counted exactly once, and averages stay on the scale', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ ago: fc.integer({ min: -day, max: 60 * day }), value: fc.option(fc.integer({ min: 0, max: 10 })), after: fc.boolean() })),
        fc.integer({ min: -720, max: 840 }),
        (answers, offset) => {
          const utcOffset = () => offset
          const events = answers.map(({ ago, value, after }) => checkIn(now - ago, after ? 'after' : 'before', value))
          const trend = kindnessTrend({ ...base, events, utcOffset, weeks: 10 })
          const firstDay = Date.parse(`${trend.weeks[0]?.weekStart}T00:00:00Z`) - offset * 60_000
          const weekEnd = Date.parse(`${trend.weeks.at(-1)?.weekStart}T00:00:00Z`) + 7 * day - offset * 60_000
          const expected = answers.filter(({ ago, value }) => value !== null && now - ago >= firstDay && now - ago < weekEnd).length
          const counted = trend.weeks.reduce((sum, week) => sum + week.checkIns.before.count + week.checkIns.after.count, 0)
          expect(counted).toBe(expected)
          for (const week of trend.weeks) {
            for (const average of [week.checkIns.before, week.checkIns.after]) {
              if (average.mean !== null) expect(average.mean).toBeGreaterThanOrEqual(0)
              if (average.mean !== null) expect(average.mean).toBeLessThanOrEqual(10)
            }
          }
        },
      ),
    )
  })
})
