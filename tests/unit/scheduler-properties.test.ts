/**
 * Property tests: random settings and random sequences of everything that can happen to the scheduler
 * (its own timer, a person's clicks, sleep, idle readings, clock jumps, settings changes, restarts), run in
 * two time zones whose DST rules differ. After every single step the invariants below must hold.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSchedulerState, step } from '../../electron/core/scheduler/machine'
import { scheduleSettingsSchema, type ScheduleSettings } from '../../electron/core/scheduler/settings'
import type { SchedulerEvent, SchedulerState, StepResult } from '../../electron/core/scheduler/types'
import { nextWakeAt } from '../../electron/core/scheduler/wake'
import { isWorkingTime, nextWorkingStart } from '../../electron/core/scheduler/working-hours'
import {
  HOUR, MINUTE, breakTimingArbs, gapArb, holdsOverRandomRuns, inTimeZone, nextPopupView, opensPopup, playRun, week, type PopupView, type RunAction,
} from './scheduler-fixtures'

const workingHoursArb = fc.constantFrom(
  { enabled: false, days: week([{ start: '09:00', end: '18:00' }], [1, 2, 3, 4, 5]) },
  { enabled: true, days: week([{ start: '09:00', end: '18:00' }], [1, 2, 3, 4, 5]) },
  { enabled: true, days: week([{ start: '08:30', end: '12:00' }, { start: '13:00', end: '17:30' }], [1, 2, 3, 4, 5, 6]) },
  // Night shifts across midnight, and across the small hours when DST changes.
  { enabled: true, days: week([{ start: '00:00', end: '06:00' }, { start: '22:00', end: '24:00' }], [0, 1, 2, 3, 4, 5, 6]) },
  { enabled: true, days: week([{ start: '00:00', end: '24:00' }], [0, 1, 2, 3, 4, 5, 6]) },
  { enabled: true, days: week([], []) },
)

const settingsArb: fc.Arbitrary<ScheduleSettings> = fc
  .record({
    ...breakTimingArbs,
    maxSnoozes: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    strict: fc.boolean(),
    naturalBreaks: fc.boolean(),
    workingHours: workingHoursArb,
  })
  .map((raw) => scheduleSettingsSchema.parse(raw))

type Action = RunAction

const eventArb: fc.Arbitrary<SchedulerEvent> = fc.oneof(
  fc.constantFrom<SchedulerEvent>(
    { type: 'startNow' },
    { type: 'snooze' },
    { type: 'skip' },
    { type: 'skipNext' },
    { type: 'breakStarted' },
    { type: 'resumeBreaks' },
    { type: 'suspend' },
    { type: 'resume' },
    { type: 'clockChanged' },
    { type: 'restored' },
  ),
  fc.boolean().map((completed): SchedulerEvent => ({ type: 'breakEnded', completed })),
  fc.integer({ min: 0, max: 4 * 3600 }).map((seconds): SchedulerEvent => ({ type: 'idle', seconds })),
)

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ gapMs: gapArb, kind: fc.constant('event' as const), event: eventArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      gapMs: gapArb,
      kind: fc.constant('pause' as const),
      forMs: fc.option(fc.integer({ min: MINUTE, max: 26 * HOUR }), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ gapMs: gapArb, kind: fc.constant('settings' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      gapMs: gapArb,
      kind: fc.constant('jump' as const),
      byMs: fc.integer({ min: -26 * HOUR, max: 26 * HOUR }),
    }),
  },
)

/** Every invariant one step must keep. */
function checkStep(prev: SchedulerState, event: SchedulerEvent, now: number, settings: ScheduleSettings, result: StepResult) {
  const { state, effects } = result

  // Persisted and reloaded, the state behaves identically.
  const reloaded: SchedulerState = JSON.parse(JSON.stringify(prev))
  expect(step(reloaded, event, now, settings)).toEqual(result)

  // Never a stuck timer: the next wake lies in the future, or nothing can change until an event arrives.
  const wake = nextWakeAt(state, settings, now)
  if (wake === null) {
    const waitsForEvent =
      state.suspendedAt !== null ||
      (state.pause !== null && state.pause.until === null) ||
      (state.phase.kind === 'waiting' && nextWorkingStart(now, settings.workingHours) === null)
    expect(waitsForEvent).toBe(true)
  } else {
    expect(wake).toBeGreaterThan(now)
  }

  // At most one popup is opened per step (two only when a person's "Start now" lands on a heads-up instant).
  const opened = effects.filter(opensPopup)
  expect(opened.length).toBeLessThanOrEqual(event.type === 'startNow' ? 2 : 1)
  // None while paused, suspended or outside working hours.
  if (opened.length > 0) {
    expect(state.pause).toBeNull()
    expect(state.suspendedAt).toBeNull()
    expect(isWorkingTime(now, settings.workingHours)).toBe(true)
  }
  // No storm after time the scheduler did not see: a long sleep or a long unseen stretch opens nothing.
  const away = prev.suspendedAt !== null && event.type === 'resume' ? now - prev.suspendedAt : 0
  const expected = prev.suspendedAt === null ? nextWakeAt(prev, settings, prev.lastSeenAt) : null
  const unseen = expected === null || event.type === 'settingsChanged' ? 0 : now - expected
  if (Math.max(away, unseen) >= settings.breakLengthMinutes * MINUTE && event.type !== 'startNow') {
    expect(opened).toEqual([])
  }
  for (const effect of effects) {
    if (effect.type !== 'record') continue
    expect(effect.at).toBeLessThanOrEqual(now)
    expect(effect.durationMs ?? 0).toBeGreaterThanOrEqual(0)
  }
}

/** The popup window shows exactly what the scheduler believes is on screen. */
function checkPopup(view: PopupView, state: SchedulerState) {
  const expectedView: Record<SchedulerState['phase']['kind'], PopupView[]> = {
    waiting: ['hidden'],
    counting: ['hidden'],
    'heads-up': ['heads-up'],
    due: ['break'],
    'in-break': ['practice', 'hidden'],
  }
  expect(expectedView[state.phase.kind]).toContain(view)
}

function simulate(start: number, settings: ScheduleSettings, otherSettings: ScheduleSettings, actions: Action[]) {
  let state = createSchedulerState(start)
  let view: PopupView = 'hidden'
  playRun(start, settings, otherSettings, actions, {
    apply(event, now, current) {
      const result = step(state, event, now, current)
      checkStep(state, event, now, current, result)
      view = nextPopupView(view, event, result.effects)
      state = result.state
      checkPopup(view, state)
    },
    nextWake: (now, current) => nextWakeAt(state, current, now),
  })
}

describe.each(['America/New_York', 'Australia/Lord_Howe'])('scheduler invariants in %s', (zone) => {
  inTimeZone(zone)

  it('hold after any sequence of events, sleeps, clock jumps and settings changes', () => {
    holdsOverRandomRuns(settingsArb, actionArb, simulate)
  }, 120_000)
})
