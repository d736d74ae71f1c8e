/** Shared helpers for the scheduler tests: settings, a step runner, random runs and a model of the one popup window. */
import fc from 'fast-check'
import { afterAll, beforeAll } from 'vitest'
import { step } from '../../electron/core/scheduler/machine'
import { defaultScheduleSettings, type ScheduleSettings, type TimeRange } from '../../electron/core/scheduler/settings'
import type { SchedulerEffect, SchedulerEvent, SchedulerState } from '../../electron/core/scheduler/types'

export const SECOND = 1000
export const MINUTE = 60 * SECOND
export const HOUR = 60 * MINUTE

/** A Monday, 10:00 UTC: tests that do not use working hours do not depend on the time zone. */
export const T0 = Date.UTC(2025, 0, 6, 10, 0)

export function settingsWith(overrides: Partial<ScheduleSettings> = {}): ScheduleSettings {
  return { ...defaultScheduleSettings, ...overrides }
}

export function workingHoursOn(settings: ScheduleSettings = defaultScheduleSettings): ScheduleSettings {
  return { ...settings, workingHours: { ...settings.workingHours, enabled: true } }
}

export interface Run {
  state: SchedulerState
  effects: SchedulerEffect[]
}

/** Steps through `[event, now]` pairs, collecting every effect. */
export function run(state: SchedulerState, settings: ScheduleSettings, ...events: [SchedulerEvent, number][]): Run {
  const effects: SchedulerEffect[] = []
  let current = state
  for (const [event, now] of events) {
    const result = step(current, event, now, settings)
    current = result.state
    effects.push(...result.effects)
  }
  return { state: current, effects }
}

export const opensPopup = (effect: SchedulerEffect): boolean =>
  effect.type === 'showHeadsUp' || effect.type === 'startBreak'

export function recordsOf(effects: SchedulerEffect[]): Extract<SchedulerEffect, { type: 'record' }>[] {
  return effects.filter((effect) => effect.type === 'record')
}

/** What the single reused popup window shows, driven only by effects and by the person's own actions. */
export type PopupView = 'hidden' | 'heads-up' | 'break' | 'practice'

export function nextPopupView(view: PopupView, event: SchedulerEvent, effects: SchedulerEffect[]): PopupView {
  let current: PopupView = event.type === 'restored' ? 'hidden' : view
  if (event.type === 'breakStarted' && current !== 'hidden') current = 'practice'
  // The practice window closes itself when the break ends; the event means nothing to any other view.
  if (event.type === 'breakEnded' && current === 'practice') current = 'hidden'
  for (const effect of effects) {
    if (effect.type === 'showHeadsUp') current = 'heads-up'
    else if (effect.type === 'startBreak') current = 'break'
    else if (effect.type === 'hidePopup') current = 'hidden'
  }
  return current
}

/** Runs a describe block's tests with `process.env.TZ` set (Node re-reads it on assignment). */
export function inTimeZone(zone: string): void {
  const previous = process.env.TZ
  beforeAll(() => {
    process.env.TZ = zone
  })
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ
    else process.env.TZ = previous
  })
}

/** An instant in local time (call it inside a test, once `inTimeZone` has set the zone). */
export const local = (year: number, month: number, day: number, hours = 0, minutes = 0) =>
  new Date(year, month - 1, day, hours, minutes).getTime()

/** A week of working hours: the same ranges on the given weekdays (0 = Sunday), none on the others. */
export const week = (day: TimeRange[], weekdays: number[]): TimeRange[][] =>
  Array.from({ length: 7 }, (_, weekday) => (weekdays.includes(weekday) ? day : []))

/** Gaps between a random run's actions: minutes, hours, or more than a day. */
export const gapArb = fc.oneof(
  fc.integer({ min: 0, max: 5 * MINUTE }),
  fc.integer({ min: 0, max: 3 * HOUR }),
  fc.integer({ min: 0, max: 30 * HOUR }),
)

/** The break's timing fields over their whole ranges (heads-up at its usual choices), for random settings. */
export const breakTimingArbs = {
  intervalMinutes: fc.integer({ min: 5, max: 240 }),
  breakLengthMinutes: fc.integer({ min: 1, max: 15 }),
  headsUpSeconds: fc.constantFrom(0, 30, 60, 180),
  snoozeMinutes: fc.integer({ min: 1, max: 30 }),
}

/** A random start somewhere in 2025 (DST changes included). */
export const startArb = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 0, 1) })

/** What happens next in a random run, after `gapMs` of real time during which the scheduler's own timer fires as armed. */
export type RunAction =
  | { gapMs: number; kind: 'event'; event: SchedulerEvent }
  | { gapMs: number; kind: 'pause'; forMs: number | null }
  /** The settings switch to the run's other settings. */
  | { gapMs: number; kind: 'settings' }
  /** The app starts again from its saved state. */
  | { gapMs: number; kind: 'restart' }
  /** The wall clock is set by `byMs` with no timer firing in between (a person, NTP, a missed sleep). */
  | { gapMs: number; kind: 'jump'; byMs: number }

/** What a random run's test does with each event, and where its one timer stands. */
export interface RunPlayer {
  apply(event: SchedulerEvent, now: number, settings: ScheduleSettings): void
  nextWake(now: number, settings: ScheduleSettings): number | null
  /** The state is saved and read back before the app's `restored`. */
  restart?(): void
  /** Each action, before it is played (its gap's timer wakes have fired by then). */
  before?(action: RunAction): void
}

/** Plays a random run: a first start, then each action after its gap, the one timer firing in between. */
export function playRun(start: number, first: ScheduleSettings, second: ScheduleSettings, actions: readonly RunAction[], player: RunPlayer): void {
  let now = start
  let [current, other] = [first, second]
  player.apply({ type: 'restored' }, now, current)
  for (const action of actions) {
    const target = now + action.gapMs
    // The driver's one timer: fires at its deadline, or at once if the deadline already passed.
    for (let wake = player.nextWake(now, current); wake !== null && wake <= target; wake = player.nextWake(now, current)) {
      now = Math.max(now, wake)
      player.apply({ type: 'due' }, now, current)
    }
    now = target
    player.before?.(action)
    switch (action.kind) {
      case 'event':
        player.apply(action.event, now, current)
        break
      case 'pause':
        player.apply({ type: 'pause', until: action.forMs === null ? null : now + action.forMs }, now, current)
        break
      case 'settings':
        ;[current, other] = [other, current]
        player.apply({ type: 'settingsChanged' }, now, current)
        break
      case 'restart':
        player.restart?.()
        player.apply({ type: 'restored' }, now, current)
        break
      case 'jump':
        now += action.byMs
        break
    }
  }
}

/** Runs `simulate` from random starts through 2025, with two settings to switch between and up to 40 actions. */
export function holdsOverRandomRuns<Settings, Action>(
  settingsArb: fc.Arbitrary<Settings>,
  actionArb: fc.Arbitrary<Action>,
  simulate: (start: number, first: Settings, second: Settings, actions: Action[]) => void,
): void {
  fc.assert(fc.property(startArb, settingsArb, settingsArb, fc.array(actionArb, { maxLength: 40 }), simulate), { numRuns: 200 })
}
