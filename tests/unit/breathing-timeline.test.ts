import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { customPhaseKinds, customLimits } from '../../renderer/src/breathe/custom-pattern'
import { cycleLengthMs, type PhaseCycle } from '../../renderer/src/breathe/pattern'
import {
  breathingMomentAt,
  momentAtActiveMs,
  naturalAnchorPeriodMs,
  phaseBoundaries,
  type BreathingMoment,
  type PacedMoment,
} from '../../renderer/src/breathe/timeline'
import { breathingPatterns, customPattern, sessionLengthMs } from '../../renderer/src/content/breathing'

const paced = (moment: BreathingMoment): PacedMoment => {
  if (!moment.paced) throw new Error('expected a paced moment')
  return moment
}

const thirtyMinutesMs = 30 * 60_000
const presets = breathingPatterns.filter((pattern) => pattern.phases.length > 0)
const natural = breathingPatterns.find((pattern) => pattern.id === 'natural')!

/** Any custom pattern the rules allow, holds of 0 s included. */
const customDurationsArb = fc.record(
  Object.fromEntries(
    customPhaseKinds.map((kind) => [
      kind,
      fc
        .integer({ min: customLimits.minSeconds[kind] * 2, max: customLimits.maxSeconds * 2 })
        .map((halves) => halves / 2),
    ]),
  ) as Record<(typeof customPhaseKinds)[number], fc.Arbitrary<number>>,
)
const pacedPatternArb: fc.Arbitrary<PhaseCycle> = fc.oneof(
  fc.constantFrom(...presets),
  customDurationsArb.map((durations) => customPattern(durations)),
)

/** The largest double below a positive `value`: the last instant a frame could see before it. */
function previousDouble(value: number): number {
  const bits = new BigInt64Array(new Float64Array([value]).buffer)
  bits[0]! -= 1n
  return new Float64Array(bits.buffer)[0]!
}

/**
 * The oracle: one cycle written out millisecond by millisecond, by walking the phases as a person would
 * count them. Independent of the timeline's arithmetic.
 */
function cycleByMs(pattern: PhaseCycle): { phaseIndex: number; startMs: number; lengthMs: number }[] {
  const byMs: { phaseIndex: number; startMs: number; lengthMs: number }[] = []
  pattern.phases.forEach((phase, phaseIndex) => {
    const startMs = byMs.length
    const lengthMs = phase.seconds * 1000
    for (let ms = 0; ms < lengthMs; ms++) byMs.push({ phaseIndex, startMs, lengthMs })
  })
  return byMs
}

describe('the timeline, millisecond by millisecond', () => {
  it.each(presets.map((pattern) => [pattern.id, pattern] as const))(
    '%s matches the written-out cycle at every ms of its first two cycles',
    (_id, pattern) => {
      const oracle = cycleByMs(pattern)
      const cycleMs = oracle.length
      expect(cycleLengthMs(pattern)).toBe(cycleMs)
      const mismatches: string[] = []
      for (let t = 0; t < 2 * cycleMs; t++) {
        const written = oracle[t % cycleMs]!
        const cycleStart = t >= cycleMs ? cycleMs : 0
        const expected = {
          phaseIndex: written.phaseIndex,
          phase: pattern.phases[written.phaseIndex]!.kind,
          phaseStartMs: cycleStart + written.startMs,
          phaseEndMs: cycleStart + written.startMs + written.lengthMs,
          progress: (t - cycleStart - written.startMs) / written.lengthMs,
          cycle: t >= cycleMs ? 1 : 0,
        }
        const { phaseIndex, phase, phaseStartMs, phaseEndMs, progress, cycle } = paced(momentAtActiveMs(pattern, t))
        const actual = { phaseIndex, phase, phaseStartMs, phaseEndMs, progress, cycle }
        if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(`${t} ms: ${JSON.stringify(actual)}`)
      }
      // Collected rather than asserted one by one: tens of thousands of expects would dominate the run.
      expect(mismatches).toEqual([])
    },
  )
})

describe('the timeline far from the start', () => {
  it('places every phase exactly at cycle × length + offset, even hours in and at fractional frame times', () => {
    fc.assert(
      fc.property(
        pacedPatternArb,
        fc.integer({ min: 0, max: 4_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.nat(),
        (pattern, cycle, fraction, msSeed) => {
          const oracle = cycleByMs(pattern)
          const withinMs = msSeed % oracle.length
          const expected = oracle[withinMs]!
          const t = cycle * oracle.length + withinMs + fraction
          const moment = paced(momentAtActiveMs(pattern, t))
          expect(moment.cycle).toBe(cycle)
          expect(moment.phaseIndex).toBe(expected.phaseIndex)
          expect(moment.phaseStartMs).toBe(cycle * oracle.length + expected.startMs)
          expect(moment.phaseEndMs - moment.phaseStartMs).toBe(expected.lengthMs)
          expect(moment.phaseStartMs).toBeLessThanOrEqual(t)
          expect(t).toBeLessThan(moment.phaseEndMs)
        },
      ),
    )
  })

  it('switches phase exactly at each boundary over 30 minutes, never a frame early or late', () => {
    for (const pattern of presets) {
      const boundaries = phaseBoundaries(pattern, thirtyMinutesMs)
      boundaries.forEach((boundary, i) => {
        const atBoundary = paced(momentAtActiveMs(pattern, boundary.atMs))
        expect(atBoundary.phaseIndex).toBe(boundary.phaseIndex)
        expect(atBoundary.phaseStartMs).toBe(boundary.atMs)
        expect(atBoundary.progress).toBe(0)
        const previous = boundaries[i - 1]
        if (previous === undefined) return
        const justBefore = paced(momentAtActiveMs(pattern, boundary.atMs - 1e-6))
        expect(justBefore.phaseIndex).toBe(previous.phaseIndex)
        expect(justBefore.phaseEndMs).toBe(boundary.atMs)
        expect(justBefore.progress).toBeLessThan(1)
      })
    }
  })

  it('keeps the largest time just before a new cycle in the old cycle', () => {
    fc.assert(
      fc.property(pacedPatternArb, fc.integer({ min: 1, max: 2 ** 30 }), (pattern, cycle) => {
        const cycleStartMs = cycle * cycleLengthMs(pattern)
        const moment = paced(momentAtActiveMs(pattern, previousDouble(cycleStartMs)))
        expect(moment.cycle).toBe(cycle - 1)
        expect(moment.phaseEndMs).toBe(cycleStartMs)
        expect(moment.progress).toBeLessThan(1)
      }),
    )
  })
})

describe('progress within a phase', () => {
  it('stays in [0, 1) and never goes backwards inside one phase', () => {
    fc.assert(
      fc.property(
        pacedPatternArb,
        fc.double({ min: 0, max: thirtyMinutesMs, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (pattern, t1, fraction) => {
          const first = paced(momentAtActiveMs(pattern, t1))
          const t2 = t1 + fraction * (first.phaseEndMs - t1)
          const second = paced(momentAtActiveMs(pattern, t2))
          for (const moment of [first, second]) {
            expect(moment.progress).toBeGreaterThanOrEqual(0)
            expect(moment.progress).toBeLessThan(1)
          }
          if (second.phaseStartMs === first.phaseStartMs) {
            expect(second.progress).toBeGreaterThanOrEqual(first.progress)
          } else {
            // Only float rounding of t2 up to the boundary itself can land in the next phase.
            expect(second.phaseStartMs).toBe(first.phaseEndMs)
          }
        },
      ),
    )
  })

  it('stays below 1 in the last sliver of a phase', () => {
    fc.assert(
      fc.property(
        pacedPatternArb,
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
        (pattern, boundaryIndex, sliver) => {
          // No phase is longer than 20 s, so there are always more than 200 boundaries in 201 × 20 s.
          const boundary = phaseBoundaries(pattern, 201 * 20_000)[boundaryIndex]!
          const moment = paced(momentAtActiveMs(pattern, boundary.atMs - sliver))
          expect(moment.progress).toBeLessThan(1)
          expect(moment.progress).toBeGreaterThanOrEqual(0)
        },
      ),
    )
  })
})

describe('phase boundaries', () => {
  it('spell out one cycle whose phases add up to the pattern, repeated unchanged', () => {
    fc.assert(
      fc.property(pacedPatternArb, fc.integer({ min: 1, max: 30 }), (pattern, cycles) => {
        const cycleMs = pattern.phases.reduce((total, phase) => total + phase.seconds * 1000, 0)
        expect(cycleLengthMs(pattern)).toBe(cycleMs)
        const boundaries = phaseBoundaries(pattern, cycles * cycleMs)
        const firstCycle = boundaries.filter((boundary) => boundary.cycle === 0)
        const nonZeroPhases = pattern.phases.filter((phase) => phase.seconds > 0)
        expect(firstCycle.map((boundary) => boundary.phase)).toEqual(nonZeroPhases.map((phase) => phase.kind))
        const lengths = firstCycle.map((boundary, i) => (firstCycle[i + 1]?.atMs ?? cycleMs) - boundary.atMs)
        expect(lengths).toEqual(nonZeroPhases.map((phase) => phase.seconds * 1000))
        expect(boundaries).toHaveLength(cycles * firstCycle.length)
        boundaries.forEach((boundary) => {
          const same = firstCycle[boundaries.indexOf(boundary) % firstCycle.length]!
          expect(boundary.atMs).toBe(boundary.cycle * cycleMs + same.atMs)
          expect(boundary.phaseIndex).toBe(same.phaseIndex)
        })
      }),
    )
  })

  it('are strictly increasing, start at 0 and stop before the limit', () => {
    for (const pattern of presets) {
      const boundaries = phaseBoundaries(pattern, thirtyMinutesMs)
      expect(boundaries[0]?.atMs).toBe(0)
      expect(boundaries.at(-1)!.atMs).toBeLessThan(thirtyMinutesMs)
      boundaries.slice(1).forEach((boundary, i) => expect(boundary.atMs).toBeGreaterThan(boundaries[i]!.atMs))
      expect(phaseBoundaries(pattern, boundaries.at(-1)!.atMs)).toHaveLength(boundaries.length - 1)
    }
  })

  it('never include a phase of 0 s, and the timeline never reports one', () => {
    const noHolds = customPattern({ in: 4, 'hold-in': 0, out: 6, 'hold-out': 0 })
    expect(phaseBoundaries(noHolds, 60_000).some((boundary) => boundary.phase.startsWith('hold'))).toBe(false)
    for (let t = 0; t < 20_000; t += 7) expect(paced(momentAtActiveMs(noHolds, t)).phase.startsWith('hold')).toBe(false)
  })
})

describe('breath counting', () => {
  const pattern = (id: string) => presets.find((preset) => preset.id === id)!

  it.each([
    ['box', 11_999, 0],
    ['box', 12_000, 1],
    ['box', 60_000, 4],
    ['478', 18_999, 0],
    ['478', 19_000, 1],
    ['sigh', 60_000, 6],
    ['coherent', 300_000, 27],
    ['extended-exhale', 300_000, 30],
  ])('%s at %i ms has completed %i breaths', (id, t, breaths) => {
    expect(paced(momentAtActiveMs(pattern(id), t)).breathsCompleted).toBe(breaths)
  })

  it('counts one breath each time a breath out ends', () => {
    fc.assert(
      fc.property(pacedPatternArb, fc.integer({ min: 0, max: thirtyMinutesMs }), (pattern, t) => {
        const boundaries = phaseBoundaries(pattern, t + 1)
        const outsEnded = boundaries.filter((boundary, i) => i > 0 && boundaries[i - 1]!.phase === 'out').length
        expect(paced(momentAtActiveMs(pattern, t)).breathsCompleted).toBe(outsEnded)
      }),
    )
  })
})

describe('session length', () => {
  it('ends exactly at the length, and holds the final moment afterwards', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...breathingPatterns),
        fc.constantFrom(1, 2, 3, 4, 5),
        fc.double({ min: 1e-9, max: 1e7, noNaN: true }),
        (pattern, minutes, overshoot) => {
          const lengthMs = sessionLengthMs(minutes)
          const before = momentAtActiveMs(pattern, lengthMs - 1e-6, lengthMs)
          const atEnd = momentAtActiveMs(pattern, lengthMs, lengthMs)
          const after = momentAtActiveMs(pattern, lengthMs + overshoot, lengthMs)
          expect(before.finished).toBe(false)
          expect(atEnd.finished).toBe(true)
          expect(atEnd.activeMs).toBe(lengthMs)
          expect(after).toEqual(atEnd)
          expect({ ...atEnd, finished: false }).toEqual(momentAtActiveMs(pattern, lengthMs))
        },
      ),
    )
  })

  it('never finishes "until I stop"', () => {
    for (const pattern of breathingPatterns) {
      expect(momentAtActiveMs(pattern, 10 * 60 * 60_000, sessionLengthMs('until-stopped')).finished).toBe(false)
    }
  })

  it('ends later by exactly the time spent paused', () => {
    const box = presets.find((preset) => preset.id === 'box')!
    const spans = [{ fromMs: 10_000, toMs: 13_500 }]
    expect(breathingMomentAt(box, 63_499.9, spans, 60_000).finished).toBe(false)
    expect(breathingMomentAt(box, 63_500, spans, 60_000).finished).toBe(true)
  })
})

describe('pauses', () => {
  it('freeze the moment during a pause and shift everything after it by exactly its length', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...breathingPatterns),
        fc.integer({ min: 0, max: thirtyMinutesMs }),
        fc.integer({ min: 0, max: 600_000 }),
        fc.double({ min: 0, max: thirtyMinutesMs, noNaN: true }),
        (pattern, pauseAt, pauseLength, rawT) => {
          const spans = [{ fromMs: pauseAt, toMs: pauseAt + pauseLength }]
          const withPause = breathingMomentAt(pattern, rawT, spans)
          if (rawT <= pauseAt) expect(withPause).toEqual(momentAtActiveMs(pattern, rawT))
          else if (rawT <= pauseAt + pauseLength) expect(withPause).toEqual(momentAtActiveMs(pattern, pauseAt))
          else expect(withPause).toEqual(momentAtActiveMs(pattern, rawT - pauseLength))
        },
      ),
    )
  })

  it('shift every boundary by the total of the pauses before it', () => {
    const gapsArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 1, max: 60_000 })), {
      maxLength: 8,
    })
    fc.assert(
      fc.property(pacedPatternArb, gapsArb, (pattern, gaps) => {
        // Disjoint pauses, each starting `running` ms after the previous one ended.
        let cursor = 0
        const spans = gaps.map(([running, paused]) => {
          cursor += running
          const span = { fromMs: cursor, toMs: cursor + paused }
          cursor += paused
          return span
        })
        // The other way round from the timeline: from running time to clock time, adding each pause
        // that began before the clock got there.
        const clockTimeOf = (activeMs: number) =>
          spans.reduce((raw, span) => (span.fromMs < raw ? raw + span.toMs - span.fromMs : raw), activeMs)
        for (const boundary of phaseBoundaries(pattern, 120_000)) {
          const moment = paced(breathingMomentAt(pattern, clockTimeOf(boundary.atMs), spans))
          expect(moment.phaseStartMs).toBe(boundary.atMs)
          expect(moment.phaseIndex).toBe(boundary.phaseIndex)
        }
      }),
    )
  })

  it('count overlapping or repeated spans once', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...presets),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 400_000 }),
        (pattern, from, overlapStart, firstLength, secondLength, rawT) => {
          const first = { fromMs: from, toMs: from + firstLength }
          const second = { fromMs: from + Math.min(overlapStart, firstLength), toMs: from + firstLength + secondLength }
          const union = { fromMs: from, toMs: second.toMs }
          expect(breathingMomentAt(pattern, rawT, [second, first, first])).toEqual(breathingMomentAt(pattern, rawT, [union]))
        },
      ),
    )
  })

  it('treat an open pause as still going on', () => {
    const box = presets.find((preset) => preset.id === 'box')!
    const open = [{ fromMs: 5_000, toMs: null }]
    expect(breathingMomentAt(box, 90_000, open)).toEqual(momentAtActiveMs(box, 5_000))
  })
})

describe('natural rhythm', () => {
  it('paces nothing and announces no boundaries', () => {
    expect(phaseBoundaries(natural, thirtyMinutesMs)).toEqual([])
    expect(momentAtActiveMs(natural, 12_345).paced).toBe(false)
  })

  it('moves its anchor slowly and evenly through [0, 1), once per anchor period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: naturalAnchorPeriodMs - 1 }), (turn, ms) => {
        const moment = momentAtActiveMs(natural, turn * naturalAnchorPeriodMs + ms)
        if (moment.paced) throw new Error('natural rhythm must not be paced')
        expect(moment.anchorProgress).toBe(ms / naturalAnchorPeriodMs)
      }),
    )
  })

  it('is far slower than a resting breath, so it cannot be mistaken for a pacer', () => {
    // Resting breathing is rarely slower than about 4 breaths a minute (15 s each).
    expect(naturalAnchorPeriodMs).toBeGreaterThan(15_000)
  })

  it('still ends exactly at the session length and holds still during a pause', () => {
    expect(momentAtActiveMs(natural, 59_999.999, 60_000).finished).toBe(false)
    expect(momentAtActiveMs(natural, 60_000, 60_000).finished).toBe(true)
    const paused = breathingMomentAt(natural, 50_000, [{ fromMs: 20_000, toMs: null }])
    expect(paused).toEqual(momentAtActiveMs(natural, 20_000))
  })
})
