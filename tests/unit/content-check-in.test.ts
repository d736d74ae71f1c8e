import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkInContent, checkInScale, validateCheckIn } from '../../renderer/src/content/check-in'

describe('validateCheckIn', () => {
  it('accepts every whole number on the scale, including both ends', () => {
    for (let value = checkInScale.min; value <= checkInScale.max; value += 1) {
      expect(validateCheckIn(value)).toEqual({ ok: true, value })
    }
  })

  it('treats a missing value as a skipped check-in', () => {
    expect(validateCheckIn(null)).toEqual({ ok: true, value: null })
    expect(validateCheckIn(undefined)).toEqual({ ok: true, value: null })
  })

  it.each([-1, 11, 5.5, Number.NaN, Number.POSITIVE_INFINITY, '7', true, {}, []])('rejects %j', (value) => {
    const result = validateCheckIn(value)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/0 to 10/)
  })

  it('accepts a number exactly when it is a whole number from 0 to 10 (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double()), (value) => {
        const onScale = Number.isInteger(value) && value >= 0 && value <= 10
        expect(validateCheckIn(value).ok).toBe(onScale)
      }),
    )
  })

  it('asks about harshness and kindness, with a label for each end', () => {
    expect(checkInContent.question.en).toMatch(/harsh/)
    expect(checkInContent.question.en).toMatch(/kind/)
    expect(checkInContent.minLabel.en).toMatch(/harsh/i)
    expect(checkInContent.maxLabel.en).toMatch(/kind/i)
  })
})
