import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { advance, firstStep, isOver, moveBack, moveOn, stepEndMs, stepFraction } from '../../renderer/src/player/progress'

const timed = (...seconds: number[]) => seconds.map((value, index) => ({ id: `s${index}`, seconds: value }))

describe('where a guided practice is', () => {
  it('a timed step ends exactly its seconds after it began, and the next begins there, whenever the timer fires', () => {
    const steps = timed(20, 30, 10)
    expect(advance(steps, firstStep, 19_999)).toEqual(firstStep)
    expect(advance(steps, firstStep, 20_000)).toEqual({ at: 1, stepStartMs: 20_000 })
    // A timer that fires 700 ms late does not move the next step's start (no drift).
    expect(advance(steps, firstStep, 20_700)).toEqual({ at: 1, stepStartMs: 20_000 })
    expect(stepEndMs(steps, { at: 1, stepStartMs: 20_000 })).toBe(50_000)
    expect(advance(steps, firstStep, 60_000)).toEqual({ at: 3, stepStartMs: 60_000 })
    expect(isOver(steps, advance(steps, firstStep, 60_000))).toBe(true)
  })

  it('a step without seconds, one that asks for an answer, and a walk all wait for the person', () => {
    for (const waiting of [{ id: 'w', seconds: null }, { id: 'a', seconds: 30, answer: true as const }, { id: 'away', seconds: 200, away: true as const }]) {
      const steps = [...timed(10), waiting, ...timed(10)]
      expect(advance(steps, firstStep, 10 * 3600_000)).toEqual({ at: 1, stepStartMs: 10_000 })
      const on = moveOn(steps, { at: 1, stepStartMs: 10_000 }, 45_000)
      expect(on).toEqual({ at: 2, stepStartMs: 45_000 })
      expect(advance(steps, on, 55_000)).toEqual({ at: 3, stepStartMs: 55_000 })
    }
  })

  it('moving on or back begins that step now; back from the first stays on it; past the end nothing moves', () => {
    const steps = timed(20, 20)
    expect(moveOn(steps, firstStep, 5_000)).toEqual({ at: 1, stepStartMs: 5_000 })
    expect(moveBack({ at: 1, stepStartMs: 5_000 }, 9_000)).toEqual({ at: 0, stepStartMs: 9_000 })
    expect(moveBack(firstStep, 3_000)).toEqual({ at: 0, stepStartMs: 3_000 })
    expect(moveOn(steps, { at: 2, stepStartMs: 40_000 }, 50_000)).toEqual({ at: 2, stepStartMs: 40_000 })
  })

  it('the progress line fills with the step\'s time and stays empty for a step that waits', () => {
    const steps = [...timed(20), { id: 'w', seconds: null }]
    expect(stepFraction(steps, firstStep, 5_000)).toBe(0.25)
    expect(stepFraction(steps, firstStep, 25_000)).toBe(1)
    expect(stepFraction(steps, { at: 1, stepStartMs: 20_000 }, 30_000)).toBe(0)
  })

  it('any timed steps, any moment: the step shown is the one whose time holds that moment', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 15 }), fc.nat(2_000_000), (seconds, runningMs) => {
        const steps = timed(...seconds)
        const progress = advance(steps, firstStep, runningMs)
        const starts = seconds.reduce<number[]>((acc, value) => [...acc, (acc.at(-1) ?? 0) + value * 1000], [0])
        expect(progress.stepStartMs).toBe(starts[progress.at])
        if (!isOver(steps, progress)) expect(runningMs).toBeLessThan(starts[progress.at + 1] ?? Infinity)
        expect(runningMs).toBeGreaterThanOrEqual(progress.stepStartMs)
        // Reaching the same moment in several late hops lands in the same place as one hop.
        const hops = [runningMs / 3, (2 * runningMs) / 3, runningMs].reduce((at, ms) => advance(steps, at, ms), firstStep)
        expect(hops).toEqual(progress)
      }),
    )
  })
})
