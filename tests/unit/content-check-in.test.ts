import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { requestArgs } from '../../electron/contract'
import { isBreakEvent } from '../../electron/core/break-events'
import { checkInScale } from '../../electron/common/check-in'
import { catalogs } from '../../electron/common/catalog'

const answer = (value: unknown) => ({ moment: 'after', value, practice: 'breathe' })
/** What main checks when the window records a check-in (the IPC payload). */
const received = (value: unknown) => requestArgs.recordCheckIn.safeParse([answer(value)]).success
/** What main accepts when it reads the break history back. */
const stored = (value: unknown) => isBreakEvent({ v: 1, kind: 'check-in', at: 0, ...answer(value) })

describe('a check-in', () => {
  it('is accepted for every value the window offers, both ends included', () => {
    const offered = Array.from({ length: checkInScale.max - checkInScale.min + 1 }, (_, at) => checkInScale.min + at)
    expect(offered).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    for (const value of offered) {
      expect(received(value), `received ${value}`).toBe(true)
      expect(stored(value), `stored ${value}`).toBe(true)
    }
  })

  it('may be skipped (null), but not left out', () => {
    expect(received(null)).toBe(true)
    expect(stored(null)).toBe(true)
    expect(received(undefined)).toBe(false)
    expect(stored(undefined)).toBe(false)
  })

  it.each([-1, 11, 5.5, Number.NaN, Number.POSITIVE_INFINITY, '7', true, {}, []])('is refused with the value %j', (value) => {
    expect(received(value)).toBe(false)
    expect(stored(value)).toBe(false)
  })

  it('is accepted exactly when its value is a whole number from 0 to 10 (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double()), (value) => {
        const onScale = Number.isInteger(value) && value >= 0 && value <= 10
        expect(received(value)).toBe(onScale)
        expect(stored(value)).toBe(onScale)
      }),
    )
  })

  it('names its moment and practice, and carries nothing else over IPC', () => {
    expect(requestArgs.recordCheckIn.safeParse([{ ...answer(4), moment: 'during' }]).success).toBe(false)
    expect(requestArgs.recordCheckIn.safeParse([{ ...answer(4), practice: 'choose' }]).success).toBe(false)
    expect(requestArgs.recordCheckIn.safeParse([{ ...answer(4), note: 'extra' }]).success).toBe(false)
    expect(requestArgs.recordCheckIn.safeParse([{ value: 4 }]).success).toBe(false)
  })

  it('asks about harshness and kindness, with a label for each end', () => {
    const words = catalogs.en.practices.checkIn
    expect(words.question).toMatch(/harsh/)
    expect(words.question).toMatch(/kind/)
    expect(words.minLabel).toMatch(/harsh/i)
    expect(words.maxLabel).toMatch(/kind/i)
  })
})
