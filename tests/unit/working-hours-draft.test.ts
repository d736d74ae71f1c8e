import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { timeRangeSchema } from '../../electron/core/scheduler/settings'
import { maxRangesPerDay, nextRange, rangeProblem, tidyTime, weekIsValid } from '../../renderer/src/settings/working-hours-draft'

const clock = fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
const typed = fc.oneof(clock, fc.string({ maxLength: 6 }), fc.constantFrom('9:30', '24:00', '23:59', '00:00', '12:60', '7', ''))

describe('working-hours editor rules', () => {
  it('agree with the settings schema on every range: the editor never saves one main would refuse', () => {
    fc.assert(
      fc.property(typed, typed, (start, end) => {
        const range = { start: tidyTime(start), end: tidyTime(end) }
        expect(rangeProblem(range) === null).toBe(timeRangeSchema.safeParse(range).success)
      }),
    )
  })

  it('name what is wrong with a range', () => {
    expect(rangeProblem({ start: '25:00', end: '18:00' })).toBe('start-format')
    expect(rangeProblem({ start: '09:00', end: '6pm' })).toBe('end-format')
    expect(rangeProblem({ start: '18:00', end: '09:00' })).toBe('order')
    expect(rangeProblem({ start: '09:00', end: '09:00' })).toBe('order')
    expect(rangeProblem({ start: '22:00', end: '24:00' })).toBeNull()
  })

  it('tidy a one-digit hour and nothing else', () => {
    expect(tidyTime(' 9:30 ')).toBe('09:30')
    expect(tidyTime('930')).toBe('930')
  })

  it('offer a valid next range after any valid day', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 60 })), { maxLength: 5 }), (starts) => {
        const pad = (n: number) => String(n).padStart(2, '0')
        const at = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
        const ranges = starts.map(([start, length]) => ({ start: at(start), end: at(Math.min(start + length, 1440)) }))
        expect(rangeProblem(nextRange(ranges))).toBeNull()
      }),
    )
    expect(nextRange([])).toEqual({ start: '09:00', end: '17:00' })
    expect(nextRange([{ start: '09:00', end: '12:00' }])).toEqual({ start: '12:00', end: '13:00' })
  })

  it('accept a week only when every range makes sense and no day is over the limit', () => {
    const day = [{ start: '09:00', end: '12:00' }]
    expect(weekIsValid([day, [], [], [], [], [], []])).toBe(true)
    expect(weekIsValid([[{ start: '12:00', end: '09:00' }], [], [], [], [], [], []])).toBe(false)
    expect(weekIsValid([Array.from({ length: maxRangesPerDay + 1 }, () => day[0]!), [], [], [], [], [], []])).toBe(false)
  })
})
