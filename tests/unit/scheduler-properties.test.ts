/**
 * Property tests: random settings and random sequences of everything that can happen to the scheduler
 * (its own timer, a person's clicks, sleep, idle readings, clock jumps, settings changes, restarts), run in
 * two time zones whose DST rules differ. After every single step the invariants below must hold.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSchedulerState, step } from '../../electron/core/scheduler/machine'
import { scheduleSettingsSchema, type ScheduleSettings, type TimeRange } from '../../electron/core/scheduler/settings'
import type { SchedulerEvent, SchedulerState, StepResult } from '../../electron/core/scheduler/types'
import { nextWakeAt } from '../../electron/core/scheduler/wake'
import { isWorkingTime, nextWorkingStart } from '../../electron/core/scheduler/working-hours'
import { HOUR, MINUTE, inTimeZone, nextPopupView, opensPopup, type PopupView } from './scheduler-fixtures'

const week = (day: TimeRange[], weekdays: number[]): TimeRange[][] =>
  Array.from({ length: 7 }, (_, weekday) => (weekdays.includes(weekday) ? day : []))

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
    intervalMinutes: fc.integer({ min: 5, max: 240 }),
    breakLengthMinutes: fc.integer({ min: 1, max: 15 }),
    headsUpSeconds: fc.constantFrom(0, 30, 60, 180),
    snoozeMinutes: fc.integer({ min: 1, max: 30 }),
    maxSnoozes: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    strict: fc.boolean(),
    naturalBreaks: fc.boolean(),
    workingHours: workingHoursArb,
  })
  .map((raw) => scheduleSettingsSchema.parse(raw))

/** What happens next, after `gapMs` of real time during which the scheduler's own timer fires as armed. */
type Action =
  | { gapMs: number; kind: 'event'; event: SchedulerEvent }
  | { gapMs: number; kind: 'pause'; forMs: number | null }
  | { gapMs: number; kind: 'settings' }
  /** The wall clock is set by `byMs` with no timer firing in between (a person, NTP, a missed sleep). */
  | { gapMs: number; kind: 'jump'; byMs: number }

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

const gapArb = fc.oneof(
  fc.integer({ min: 0, max: 5 * MINUTE }),
  fc.integer({ min: 0, max: 3 * HOUR }),
  fc.integer({ min: 0, max: 30 * HOUR }),
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

const startArb = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 0, 1) })

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
  let now = start
  let current = settings
  let state = createSchedulerState(now)
  let view: PopupView = 'hidden'
  const apply = (event: SchedulerEvent) => {
    const result = step(state, event, now, current)
    checkStep(state, event, now, current, result)
    view = nextPopupView(view, event, result.effects)
    state = result.state
    checkPopup(view, state)
  }
  apply({ type: 'restored' })
  for (const action of actions) {
    const target = now + action.gapMs
    // The driver's one timer: fires at its deadline, or at once if the deadline already passed.
    for (let wake = nextWakeAt(state, current, now); wake !== null && wake <= target; wake = nextWakeAt(state, current, now)) {
      now = Math.max(now, wake)
      apply({ type: 'due' })
    }
    now = target
    switch (action.kind) {
      case 'event':
        apply(action.event)
        break
      case 'pause':
        apply({ type: 'pause', until: action.forMs === null ? null : now + action.forMs })
        break
      case 'settings':
        ;[current, otherSettings] = [otherSettings, current]
        apply({ type: 'settingsChanged' })
        break
      case 'jump':
        now += action.byMs
        break
    }
  }
}

describe.each(['America/New_York', 'Australia/Lord_Howe'])('scheduler invariants in %s', (zone) => {
  inTimeZone(zone)

  it('hold after any sequence of events, sleeps, clock jumps and settings changes', () => {
    fc.assert(
      fc.property(startArb, settingsArb, settingsArb, fc.array(actionArb, { maxLength: 40 }), (start, a, b, actions) =>
        simulate(start, a, b, actions),
      ),
      { numRuns: 200 },
    )
  }, 120_000)
})
