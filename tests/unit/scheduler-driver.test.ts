import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSchedulerDriver, type OutwardEffect, type SchedulerDriverPorts } from '../../electron/core/scheduler/driver'
import type { ScheduleSettings } from '../../electron/core/scheduler/settings'
import { schedulerStateSchema, type SchedulerEvent, type SchedulerState } from '../../electron/core/scheduler/types'
import { HOUR, MINUTE, SECOND, T0, settingsWith } from './scheduler-fixtures'
import { createManualClock, type ManualClock } from '../harness/clocks.mjs'

interface Harness {
  clock: ManualClock
  effects: { at: number; effect: OutwardEffect }[]
  saved: string[]
  driver: ReturnType<typeof createSchedulerDriver>
}

function startDriver(
  settings: ScheduleSettings,
  options: { clock?: ManualClock; saved?: string; overrides?: Partial<SchedulerDriverPorts> } = {},
): Harness {
  const clock = options.clock ?? createManualClock(T0)
  const effects: Harness['effects'] = []
  const saved: string[] = []
  const driver = createSchedulerDriver({
    clock,
    getSettings: () => settings,
    loadState: () => (options.saved === undefined ? null : schedulerStateSchema.parse(JSON.parse(options.saved))),
    saveState: (state: SchedulerState) => saved.push(JSON.stringify(state)),
    onEffect: (effect) => effects.push({ at: clock.now(), effect }),
    ...options.overrides,
  })
  return { clock, effects, saved, driver }
}

const firstAt = (harness: Harness, type: OutwardEffect['type']) =>
  harness.effects.find(({ effect }) => effect.type === type)?.at

describe('the driver', () => {
  it('fires each break within a second of its deadline, whatever the settings and the tick size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 240 }),
        fc.constantFrom(0, 30, 60, 180),
        fc.integer({ min: 1, max: 10 * MINUTE }),
        (intervalMinutes, headsUpSeconds, tickMs) => {
          const harness = startDriver(settingsWith({ intervalMinutes, headsUpSeconds }))
          const deadline = T0 + intervalMinutes * MINUTE
          while (harness.clock.now() < deadline + 2 * tickMs) harness.clock.advance(tickMs)
          const startedAt = firstAt(harness, 'startBreak') ?? Number.NaN
          expect(startedAt - deadline).toBeGreaterThanOrEqual(0)
          expect(startedAt - deadline).toBeLessThan(SECOND)
          if (headsUpSeconds > 0) expect(firstAt(harness, 'showHeadsUp')).toBe(deadline - headsUpSeconds * SECOND)
        },
      ),
    )
  })

  it('never has more than one timer armed, whatever is dispatched', () => {
    const events = fc.constantFrom<SchedulerEvent>(
      { type: 'snooze' },
      { type: 'skip' },
      { type: 'skipNext' },
      { type: 'startNow' },
      { type: 'breakStarted' },
      { type: 'breakEnded', completed: true },
      { type: 'suspend' },
      { type: 'resume' },
      { type: 'pause', until: null },
      { type: 'resumeBreaks' },
      { type: 'idle', seconds: 600 },
      { type: 'clockChanged' },
      { type: 'settingsChanged' },
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(events, fc.integer({ min: 0, max: 2 * HOUR })), { maxLength: 30 }), (script) => {
        const harness = startDriver(settingsWith())
        for (const [event, gap] of script) {
          harness.clock.advance(gap)
          harness.driver.dispatch(event)
          expect(harness.clock.pending()).toBeLessThanOrEqual(1)
          expect(harness.driver.armedWakeAt() === null).toBe(harness.clock.pending() === 0)
        }
        expect(harness.clock.stats.maxPending).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('over two idle hours wakes only when something happens, never polls', () => {
    // Away the whole time: a quiet restart at each would-be heads-up (44 and 88 min).
    // At the desk but never answering: heads-up (44), break (45), the unanswered break let go (90).
    for (const [idleReadings, expectedWakes] of [
      [true, 2],
      [false, 3],
    ] as const) {
      const clock = createManualClock(T0)
      const harness = startDriver(settingsWith(), {
        clock,
        overrides: { readIdleSeconds: () => (idleReadings ? (clock.now() - T0) / SECOND : 0) },
      })
      const savesBefore = harness.saved.length
      clock.advance(2 * HOUR)
      expect(clock.stats.fired).toBe(expectedWakes)
      // Every wake changed the state: none was a poll.
      expect(harness.saved.length - savesBefore).toBe(clock.stats.fired)
      expect(clock.stats.armed).toBe(clock.stats.fired + 1)
      const popups = harness.effects.filter(({ effect }) => effect.type === 'showHeadsUp')
      expect(popups).toHaveLength(idleReadings ? 0 : 1)
    }
  })

  it('a 30-minute pause shows nothing for 45 minutes, then the break comes an interval after the pause', () => {
    const harness = startDriver(settingsWith())
    harness.clock.advance(10 * MINUTE)
    harness.driver.dispatch({ type: 'pause', until: harness.clock.now() + 30 * MINUTE })
    harness.clock.advance(45 * MINUTE)
    expect(harness.effects.filter(({ effect }) => effect.type !== 'record')).toEqual([])
    harness.clock.advance(HOUR)
    expect(firstAt(harness, 'showHeadsUp')).toBe(T0 + 40 * MINUTE + 44 * MINUTE)
  })

  it('an eight-hour sleep brings no storm of popups, records a natural break and keeps one timer', () => {
    const harness = startDriver(settingsWith())
    harness.clock.advance(30 * MINUTE)
    harness.driver.dispatch({ type: 'suspend' })
    expect(harness.driver.armedWakeAt()).toBeNull()
    harness.clock.advance(8 * HOUR)
    harness.driver.dispatch({ type: 'resume' })
    const afterResume = harness.effects.map(({ effect }) => effect)
    expect(afterResume.filter((effect) => effect.type === 'showHeadsUp' || effect.type === 'startBreak')).toEqual([])
    expect(afterResume).toContainEqual({ type: 'record', kind: 'natural', at: T0 + 30 * MINUTE, durationMs: 8 * HOUR })
    expect(harness.driver.armedWakeAt()).toBe(T0 + 8 * HOUR + 30 * MINUTE + 44 * MINUTE)
  })

  it('a relaunch from the saved state behaves exactly like the running driver', () => {
    const script = fc.array(
      fc.tuple(
        fc.constantFrom<SchedulerEvent>({ type: 'snooze' }, { type: 'skipNext' }, { type: 'pause', until: null }, { type: 'resumeBreaks' }),
        fc.integer({ min: 0, max: HOUR }),
      ),
      { maxLength: 8 },
    )
    fc.assert(
      fc.property(script, fc.integer({ min: 0, max: 3 * HOUR }), (before, after) => {
        const settings = settingsWith()
        const running = startDriver(settings)
        for (const [event, gap] of before) {
          running.clock.advance(gap)
          running.driver.dispatch(event)
        }
        const relaunched = startDriver(settings, {
          clock: createManualClock(running.clock.now()),
          saved: running.saved.at(-1) ?? JSON.stringify(running.driver.state()),
        })
        // A paused or snoozed state survives the relaunch; only the popup on screen is gone.
        expect(relaunched.driver.state().pause).toEqual(running.driver.state().pause)
        expect(relaunched.driver.status()).toEqual(running.driver.status())
        running.effects.length = 0
        relaunched.effects.length = 0
        running.clock.advance(after)
        relaunched.clock.advance(after)
        expect(relaunched.effects).toEqual(running.effects)
      }),
    )
  })

  it('runs events dispatched from inside an effect after the current one, in order', () => {
    const order: string[] = []
    const harness: { dispatch?: (event: SchedulerEvent) => void } = {}
    const started = startDriver(settingsWith({ headsUpSeconds: 0 }), {
      overrides: {
        onEffect: (effect) => {
          order.push(effect.type === 'record' ? `record:${effect.kind}` : effect.type)
          if (effect.type === 'startBreak') harness.dispatch?.({ type: 'breakStarted' })
        },
      },
    })
    harness.dispatch = started.driver.dispatch
    started.clock.advance(45 * MINUTE)
    expect(order).toEqual(['startBreak', 'record:started'])
    expect(started.driver.state().phase.kind).toBe('in-break')
    expect(started.clock.pending()).toBe(1)
  })

  it('dispose cancels its timer and ignores later events', () => {
    const harness = startDriver(settingsWith())
    harness.driver.dispose()
    expect(harness.clock.pending()).toBe(0)
    harness.driver.dispatch({ type: 'startNow' })
    harness.clock.advance(3 * HOUR)
    expect(harness.effects).toEqual([])
  })
})
