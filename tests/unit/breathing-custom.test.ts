import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkCustomDurations,
  clampCustomDurations,
  customLimits,
  customPhaseKinds,
  customPhases,
  defaultCustomDurations,
  type CustomDurations,
} from '../../renderer/src/breathe/custom-pattern'
import { customPattern } from '../../renderer/src/content/breathing'

const withField = (kind: keyof CustomDurations, value: unknown) => ({ ...defaultCustomDurations, [kind]: value })

describe('checking custom durations', () => {
  it.each(customPhaseKinds.map((kind) => [kind]))(
    'accepts %s exactly on the 0.5 s grid between its minimum and 20 s (every quarter second from -1 to 21)',
    (kind) => {
      const minimum = kind === 'in' || kind === 'out' ? 1 : 0
      for (let quarters = -4; quarters <= 84; quarters++) {
        const seconds = quarters / 4
        const allowed = seconds >= minimum && seconds <= 20 && quarters % 2 === 0
        expect(checkCustomDurations(withField(kind, seconds)).ok, `${kind} = ${seconds}`).toBe(allowed)
      }
    },
  )

  it.each([
    ['in', 0.5, 'below-minimum'],
    ['out', 0, 'below-minimum'],
    ['hold-in', -0.5, 'below-minimum'],
    ['hold-out', 20.5, 'above-maximum'],
    ['in', 4.25, 'off-step'],
    ['out', Number.NaN, 'not-a-number'],
    ['hold-in', Number.POSITIVE_INFINITY, 'not-a-number'],
    ['hold-out', '4', 'not-a-number'],
    ['in', undefined, 'not-a-number'],
  ] as const)('says %s = %s is %s, and names only that phase', (kind, value, problem) => {
    expect(checkCustomDurations(withField(kind, value))).toEqual({ ok: false, problems: { [kind]: problem } })
  })

  it('rejects something that is not durations at all', () => {
    const everyPhaseMissing = Object.fromEntries(customPhaseKinds.map((kind) => [kind, 'not-a-number']))
    expect(checkCustomDurations(null)).toEqual({ ok: false, problems: everyPhaseMissing })
    expect(checkCustomDurations('4-4-4-4')).toEqual({ ok: false, problems: everyPhaseMissing })
  })

  it('returns only the four phases of valid durations', () => {
    expect(checkCustomDurations({ ...defaultCustomDurations, extra: 1 })).toEqual({ ok: true, durations: defaultCustomDurations })
  })
})

describe('clamping custom durations', () => {
  const anyValueArb = fc.oneof(
    fc.double(),
    fc.integer({ min: -100, max: 100 }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, null, undefined, '5', {}),
  )
  const anyInputArb = fc.record(
    Object.fromEntries(customPhaseKinds.map((kind) => [kind, anyValueArb])) as Record<keyof CustomDurations, typeof anyValueArb>,
    { requiredKeys: [] },
  )

  it('always produces durations the checker accepts, and clamping twice changes nothing', () => {
    fc.assert(
      fc.property(anyInputArb, (input) => {
        const clamped = clampCustomDurations(input)
        expect(checkCustomDurations(clamped)).toEqual({ ok: true, durations: clamped })
        expect(clampCustomDurations(clamped)).toEqual(clamped)
      }),
    )
  })

  it('moves a number to the nearest allowed value, and replaces a missing or broken one with the default', () => {
    fc.assert(
      fc.property(anyInputArb, (input) => {
        const clamped = clampCustomDurations(input)
        for (const kind of customPhaseKinds) {
          const value = input[kind]
          if (typeof value !== 'number' || !Number.isFinite(value)) {
            expect(clamped[kind]).toBe(defaultCustomDurations[kind])
            continue
          }
          const minimum = customLimits.minSeconds[kind]
          if (value <= minimum) expect(clamped[kind]).toBe(minimum)
          else if (value >= customLimits.maxSeconds) expect(clamped[kind]).toBe(customLimits.maxSeconds)
          else expect(Math.abs(clamped[kind] - value)).toBeLessThanOrEqual(customLimits.stepSeconds / 2)
        }
      }),
    )
  })

  it('leaves valid durations exactly as they are', () => {
    const validArb = fc.record(
      Object.fromEntries(
        customPhaseKinds.map((kind) => [kind, fc.integer({ min: customLimits.minSeconds[kind] * 2, max: 40 }).map((h) => h / 2)]),
      ) as Record<keyof CustomDurations, fc.Arbitrary<number>>,
    )
    fc.assert(
      fc.property(validArb, (durations) => {
        expect(clampCustomDurations(durations)).toEqual(durations)
      }),
    )
  })
})

describe('the custom pattern', () => {
  it('breathes its phases in order: in, hold, out, hold', () => {
    expect(customPhases({ in: 3, 'hold-in': 1.5, out: 7, 'hold-out': 0 })).toEqual([
      { kind: 'in', seconds: 3 },
      { kind: 'hold-in', seconds: 1.5 },
      { kind: 'out', seconds: 7 },
      { kind: 'hold-out', seconds: 0 },
    ])
  })

  it('never lets an impossible pattern through to the timeline', () => {
    const pattern = customPattern({ in: 0, 'hold-in': 99, out: 'slow', 'hold-out': -3 })
    expect(pattern.id).toBe('custom')
    expect(pattern.phases.map((phase) => phase.seconds)).toEqual([1, 20, defaultCustomDurations.out, 0])
  })
})
