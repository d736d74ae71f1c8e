import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { customPhaseKinds, customLimits } from '../../renderer/src/breathe/custom-pattern'
import type { PhaseCycle } from '../../renderer/src/breathe/pattern'
import { breathFullness, easeBreath, shapeFrame } from '../../renderer/src/breathe/shape'
import { momentAtActiveMs, naturalAnchorPeriodMs, phaseBoundaries } from '../../renderer/src/breathe/timeline'
import { breathingPatterns, customPattern } from '../../renderer/src/content/breathing'

const presets = breathingPatterns.filter((pattern) => pattern.phases.length > 0)
const natural = breathingPatterns.find((pattern) => pattern.id === 'natural')!
const customArb = fc
  .record(Object.fromEntries(customPhaseKinds.map((kind) => [kind, fc.integer({ min: customLimits.minSeconds[kind] * 2, max: 40 })])))
  .map((halves) => customPattern(Object.fromEntries(Object.entries(halves).map(([kind, n]) => [kind, n / 2]))))
const pacedArb: fc.Arbitrary<PhaseCycle> = fc.oneof(fc.constantFrom(...presets), customArb)

describe('the breathing shape', () => {
  it('eases in and out: 0 at the start, 1 at the end, never outside, never going back', () => {
    expect(easeBreath(0)).toBe(0)
    expect(easeBreath(1)).toBeCloseTo(1, 12)
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        expect(easeBreath(low)).toBeLessThanOrEqual(easeBreath(high))
        expect(easeBreath(low)).toBeGreaterThanOrEqual(0)
        expect(easeBreath(high)).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('grows on every breath in, shrinks on every breath out, and is still during holds', () => {
    fc.assert(
      fc.property(pacedArb, fc.double({ min: 0, max: 0.999, noNaN: true }), (pattern, progress) => {
        const later = Math.min(0.999, progress + 0.05)
        for (const { kind } of pattern.phases) {
          const now = breathFullness(pattern, kind, progress)
          const next = breathFullness(pattern, kind, later)
          if (kind === 'in' || kind === 'top-up') expect(next).toBeGreaterThanOrEqual(now)
          if (kind === 'out') expect(next).toBeLessThanOrEqual(now)
          if (kind === 'hold-in' || kind === 'hold-out') expect(next).toBe(now)
        }
      }),
    )
  })

  it('never jumps: where one phase ends, the next begins at the same size (across cycles too)', () => {
    fc.assert(
      fc.property(pacedArb, (pattern) => {
        const boundaries = phaseBoundaries(pattern, 3 * pattern.phases.reduce((t, p) => t + p.seconds * 1000, 0))
        for (const boundary of boundaries.slice(1)) {
          const before = shapeFrame(pattern, momentAtActiveMs(pattern, boundary.atMs - 1e-6), false)
          const after = shapeFrame(pattern, momentAtActiveMs(pattern, boundary.atMs), false)
          expect(after.scale).toBeCloseTo(before.scale, 5)
          expect(after.glow).toBeCloseTo(before.glow, 5)
        }
      }),
    )
  })

  it('a physiological sigh shows two breaths in: most of the way, then the rest with the top-up', () => {
    const sigh = presets.find((pattern) => pattern.id === 'sigh')!
    expect(breathFullness(sigh, 'in', 0.999)).toBeGreaterThan(0.75)
    expect(breathFullness(sigh, 'in', 0.999)).toBeLessThan(0.85)
    expect(breathFullness(sigh, 'top-up', 0.999)).toBeCloseTo(1, 4)
  })

  it('with reduced motion keeps the size fixed and carries the same timing in the colour alone', () => {
    fc.assert(
      fc.property(fc.oneof(pacedArb, fc.constant(natural)), fc.double({ min: 0, max: 600_000, noNaN: true }), (pattern, activeMs) => {
        const moment = momentAtActiveMs(pattern, activeMs)
        const moving = shapeFrame(pattern, moment, false)
        const still = shapeFrame(pattern, moment, true)
        expect(still.glow).toBe(moving.glow)
        expect(still.scale).toBe(shapeFrame(pattern, momentAtActiveMs(pattern, 0), true).scale)
      }),
    )
  })

  it('the natural anchor drifts slowly within a narrow range and has no seam between periods', () => {
    const frameAt = (ms: number) => shapeFrame(natural, momentAtActiveMs(natural, ms), false)
    const scales = Array.from({ length: 240 }, (_, i) => frameAt(i * 100).scale)
    expect(Math.max(...scales) - Math.min(...scales)).toBeLessThanOrEqual(0.1 + 1e-9)
    expect(frameAt(naturalAnchorPeriodMs - 1e-6).scale).toBeCloseTo(frameAt(naturalAnchorPeriodMs).scale, 6)
    // Paced breaths span a much wider range, so the anchor cannot be mistaken for a pacer.
    const box = presets.find((pattern) => pattern.id === 'box')!
    const pacedScales = Array.from({ length: 160 }, (_, i) => shapeFrame(box, momentAtActiveMs(box, i * 100), false).scale)
    expect(Math.max(...pacedScales) - Math.min(...pacedScales)).toBeGreaterThan(0.5)
  })
})
