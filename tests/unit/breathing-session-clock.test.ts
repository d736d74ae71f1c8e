import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { activeMsAt, pausedMsWithin, type PausedSpan } from '../../renderer/src/timing/paused-time'
import {
  isSessionPaused,
  pauseSession,
  resumeSession,
  sessionElapsedMs,
  startSession,
} from '../../renderer/src/timing/session-clock'

describe('paused time', () => {
  /** Oracle: mark every paused millisecond of the window and count them. */
  function pausedMsByMarking(spans: readonly PausedSpan[], rawElapsedMs: number): number {
    const paused = new Set<number>()
    for (const span of spans) {
      for (let ms = Math.max(0, span.fromMs); ms < Math.min(span.toMs ?? rawElapsedMs, rawElapsedMs); ms++) paused.add(ms)
    }
    return paused.size
  }

  const spanArb = fc
    .tuple(fc.integer({ min: -50, max: 400 }), fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }))
    .map(([fromMs, length]): PausedSpan => ({ fromMs, toMs: length === null ? null : fromMs + length }))

  it('counts each paused millisecond of the window once, however the spans overlap or nest', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 8 }), fc.integer({ min: 0, max: 500 }), (spans, rawElapsedMs) => {
        expect(pausedMsWithin(spans, rawElapsedMs)).toBe(pausedMsByMarking(spans, rawElapsedMs))
        expect(activeMsAt(rawElapsedMs, spans)).toBe(rawElapsedMs - pausedMsByMarking(spans, rawElapsedMs))
      }),
    )
  })

  it('never reports negative running time, even before the start', () => {
    expect(activeMsAt(-25, [])).toBe(0)
    expect(activeMsAt(-25, [{ fromMs: -100, toMs: null }])).toBe(0)
  })
})

describe('the session clock', () => {
  type Action = { readonly kind: 'pause' | 'resume' | 'look'; readonly afterMs: number }
  const actionsArb = fc.array(
    fc.record({ kind: fc.constantFrom<Action['kind']>('pause', 'resume', 'look'), afterMs: fc.integer({ min: 0, max: 120_000 }) }),
    { maxLength: 30 },
  )

  it('counts exactly the time it was running, whatever the order of pauses and resumes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), actionsArb, (startMs, actions) => {
        // The model: a stopwatch that adds up each stretch of time while it runs.
        let model = { running: true, elapsedMs: 0 }
        let clock = startSession(startMs)
        let now = startMs
        for (const action of actions) {
          if (model.running) model = { ...model, elapsedMs: model.elapsedMs + action.afterMs }
          now += action.afterMs
          if (action.kind === 'pause') {
            clock = pauseSession(clock, now)
            model = { ...model, running: false }
          }
          if (action.kind === 'resume') {
            clock = resumeSession(clock, now)
            model = { ...model, running: true }
          }
          expect(isSessionPaused(clock)).toBe(!model.running)
          expect(sessionElapsedMs(clock, now)).toBe(model.elapsedMs)
        }
      }),
    )
  })

  it('runs at the steady clock rate from the start, fractional frame times included', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e7, noNaN: true }), (startMs, afterMs) => {
        const now = startMs + afterMs
        expect(sessionElapsedMs(startSession(startMs), now)).toBe(now - startMs)
      }),
    )
  })

  it('holds still while paused, and a second pause does not move the pause start', () => {
    const paused = pauseSession(startSession(1_000), 4_000)
    expect(pauseSession(paused, 9_000)).toBe(paused)
    expect(sessionElapsedMs(paused, 4_000)).toBe(3_000)
    expect(sessionElapsedMs(paused, 60_000)).toBe(3_000)
    const resumed = resumeSession(paused, 10_000)
    expect(sessionElapsedMs(resumed, 12_500)).toBe(5_500)
  })

  it('ignores a resume while running', () => {
    const running = startSession(0)
    expect(resumeSession(running, 5_000)).toBe(running)
    expect(isSessionPaused(running)).toBe(false)
  })
})
