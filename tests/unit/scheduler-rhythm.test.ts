/**
 * The daily rhythm in the scheduler: the daily moment and the micro-pauses. Examples first, then properties
 * over random sequences (time passing, sleeps, pauses, restarts from the saved state, clock jumps, settings
 * changes) in two zones, the timer's arms per idle hour, and a week across each DST change in two zones.
 */
import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { createSchedulerDriver, type OutwardEffect } from '../../electron/core/scheduler/driver'
import { createSchedulerState, step } from '../../electron/core/scheduler/machine'
import {
  localDay,
  MICRO_CLEAR_OF_BREAK_MS,
  MICRO_MIN_GAP_MS,
  MOMENT_LATE_LIMIT_MS,
  momentWindow,
} from '../../electron/core/scheduler/rhythm'
import { scheduleSettingsSchema, type ScheduleSettings } from '../../electron/core/scheduler/settings'
import { schedulerStateSchema, type SchedulerEffect, type SchedulerEvent, type SchedulerState } from '../../electron/core/scheduler/types'
import { nextWakeAt } from '../../electron/core/scheduler/wake'
import { isWorkingTime } from '../../electron/core/scheduler/working-hours'
import {
  HOUR, MINUTE, breakTimingArbs, gapArb, holdsOverRandomRuns, inTimeZone, local, playRun, run, settingsWith, startArb, week, type RunAction,
} from './scheduler-fixtures'
import { createManualClock } from '../harness/clocks.mjs'

const office = { enabled: true, days: week([{ start: '09:00', end: '18:00' }], [1, 2, 3, 4, 5]) }
/** Working hours on with no hours at all: breaks never come, so only the rhythm shows. */
const noBreaks = { enabled: true, days: week([], []) }

const moment = (time: string, more: Partial<ScheduleSettings['dailyMoment']> = {}): ScheduleSettings['dailyMoment'] => ({
  enabled: true, time, opens: 'journal', onlyWorkingHours: false, ...more,
})
const micro = (everyMinutes = 20): ScheduleSettings['microPauses'] => ({ enabled: true, everyMinutes })

const shows = (effects: SchedulerEffect[], type: 'showDailyMoment' | 'showMicroPause') => effects.filter((effect) => effect.type === type)

/** Runs the scheduler as the driver would: its timer fires at each wake until `until`. */
function runUntil(state: SchedulerState, settings: ScheduleSettings, from: number, until: number) {
  const effects: { at: number; effect: SchedulerEffect }[] = []
  let current = state
  for (let wake = nextWakeAt(current, settings, from); wake !== null && wake <= until; wake = nextWakeAt(current, settings, wake)) {
    const result = step(current, { type: 'due' }, wake, settings)
    current = result.state
    effects.push(...result.effects.map((effect) => ({ at: wake as number, effect })))
  }
  return { state: current, effects }
}

describe('the daily moment', () => {
  inTimeZone('Europe/Berlin')
  // Local times are worked out inside each test, once the zone is set. 2025-06-02 is a Monday.
  let start = 0
  beforeEach(() => {
    start = local(2025, 6, 2, 8, 0)
  })
  const settings = settingsWith({ workingHours: noBreaks, dailyMoment: moment('09:30') })
  const fresh = () => step(createSchedulerState(start), { type: 'restored' }, start, settings).state

  it('comes at its local time, once, and the timer waits for it', () => {
    expect(nextWakeAt(fresh(), settings, start)).toBe(local(2025, 6, 2, 9, 30))
    const day = runUntil(fresh(), settings, start, local(2025, 6, 3, 8, 0))
    expect(day.effects.filter(({ effect }) => effect.type !== 'persist').map(({ at, effect }) => [at, effect])).toEqual([
      [local(2025, 6, 2, 9, 30), { type: 'showDailyMoment', until: local(2025, 6, 2, 12, 30) }],
    ])
    expect(day.state.rhythm.momentDay).toBe('2025-06-02')
    expect(nextWakeAt(day.state, settings, local(2025, 6, 3, 8, 0))).toBe(local(2025, 6, 3, 9, 30))
  })

  it('a restart from the saved state does not bring it again the same day', () => {
    const shown = runUntil(fresh(), settings, start, local(2025, 6, 2, 9, 31)).state
    const saved = schedulerStateSchema.parse(JSON.parse(JSON.stringify(shown)))
    const again = run(saved, settings, [{ type: 'restored' }, local(2025, 6, 2, 9, 45)], [{ type: 'due' }, local(2025, 6, 2, 11, 0)])
    expect(shows(again.effects, 'showDailyMoment')).toEqual([])
  })

  it('a state saved before the rhythm existed reads as never shown', () => {
    const { rhythm: _rhythm, ...old } = fresh()
    expect(schedulerStateSchema.parse(JSON.parse(JSON.stringify(old))).rhythm).toEqual({ momentDay: null, momentChosen: null, momentChosenAt: null, microAt: null })
  })

  it('turned on, or moved to a time already past today, it starts tomorrow rather than coming late at once', () => {
    const off = settingsWith({ workingHours: noBreaks })
    const before = step(createSchedulerState(start), { type: 'restored' }, start, off).state
    const turnedOn = run(before, settings, [{ type: 'settingsChanged' }, local(2025, 6, 2, 10, 0)])
    expect(shows(turnedOn.effects, 'showDailyMoment')).toEqual([])
    expect(nextWakeAt(turnedOn.state, settings, local(2025, 6, 2, 10, 0))).toBe(local(2025, 6, 3, 9, 30))
    // Moved to a time still to come today: it comes today.
    const evening = settingsWith({ workingHours: noBreaks, dailyMoment: moment('18:00') })
    const moved = run(turnedOn.state, evening, [{ type: 'settingsChanged' }, local(2025, 6, 2, 10, 5)])
    const day = runUntil(moved.state, evening, local(2025, 6, 2, 10, 5), local(2025, 6, 2, 23, 0))
    expect(day.effects.filter(({ effect }) => effect.type === 'showDailyMoment').map(({ at }) => at)).toEqual([local(2025, 6, 2, 18, 0)])
    // Persisted and restarted, the choice is the same one: nothing changes.
    const saved = schedulerStateSchema.parse(JSON.parse(JSON.stringify(moved.state)))
    expect(run(saved, evening, [{ type: 'restored' }, local(2025, 6, 2, 10, 6)]).state.rhythm).toEqual(moved.state.rhythm)
  })

  it('after a sleep across its time it comes once, late, within three hours; later than that, not that day', () => {
    const asleep = run(fresh(), settings, [{ type: 'suspend' }, local(2025, 6, 2, 9, 0)]).state
    expect(nextWakeAt(asleep, settings, local(2025, 6, 2, 9, 0))).toBeNull()
    const late = run(asleep, settings, [{ type: 'resume' }, local(2025, 6, 2, 11, 0)])
    expect(shows(late.effects, 'showDailyMoment')).toHaveLength(1)
    const tooLate = run(asleep, settings, [{ type: 'resume' }, local(2025, 6, 2, 12, 30)])
    expect(shows(tooLate.effects, 'showDailyMoment')).toEqual([])
    expect(nextWakeAt(tooLate.state, settings, local(2025, 6, 2, 12, 30))).toBe(local(2025, 6, 3, 9, 30))
  })

  it('never for a day already shown, nor an earlier one, when the clock is set back', () => {
    const shown = runUntil(fresh(), settings, start, local(2025, 6, 2, 9, 40)).state
    const back = run(shown, settings, [{ type: 'clockChanged' }, local(2025, 6, 1, 9, 40)], [{ type: 'due' }, local(2025, 6, 1, 10, 0)])
    expect(shows(back.effects, 'showDailyMoment')).toEqual([])
  })

  it('waits through a pause and comes when it ends, if still within its three hours', () => {
    const paused = run(fresh(), settings, [{ type: 'pause', until: local(2025, 6, 2, 10, 0) }, local(2025, 6, 2, 9, 0)]).state
    const day = runUntil(paused, settings, local(2025, 6, 2, 9, 0), local(2025, 6, 2, 23, 0))
    expect(day.effects.filter(({ effect }) => effect.type === 'showDailyMoment').map(({ at }) => at)).toEqual([local(2025, 6, 2, 10, 0)])
  })

  it('only within working hours, when so chosen: not at weekends, and late at the start of the working day', () => {
    const withinHours = settingsWith({ workingHours: office, dailyMoment: moment('08:30', { onlyWorkingHours: true }) })
    const saturday = local(2025, 6, 7, 8, 0)
    const weekend = runUntil(step(createSchedulerState(saturday), { type: 'restored' }, saturday, withinHours).state, withinHours, saturday, local(2025, 6, 9, 7, 0))
    expect(shows(weekend.effects.map(({ effect }) => effect), 'showDailyMoment')).toEqual([])
    const monday = runUntil(weekend.state, withinHours, local(2025, 6, 9, 7, 0), local(2025, 6, 9, 12, 0))
    expect(monday.effects.filter(({ effect }) => effect.type === 'showDailyMoment').map(({ at }) => at)).toEqual([local(2025, 6, 9, 9, 0)])
  })

  it('waits for a break on screen to end', () => {
    const withBreaks = settingsWith({ dailyMoment: moment('09:30') })
    const begun = run(createSchedulerState(start), withBreaks, [{ type: 'restored' }, local(2025, 6, 2, 9, 28)], [{ type: 'startNow' }, local(2025, 6, 2, 9, 28)], [{ type: 'breakStarted' }, local(2025, 6, 2, 9, 28)])
    const during = runUntil(begun.state, withBreaks, local(2025, 6, 2, 9, 28), local(2025, 6, 2, 9, 31))
    expect(shows(during.effects.map(({ effect }) => effect), 'showDailyMoment')).toEqual([])
    const ended = run(during.state, withBreaks, [{ type: 'breakEnded', completed: true }, local(2025, 6, 2, 9, 31)])
    expect(shows(ended.effects, 'showDailyMoment')).toHaveLength(1)
  })
})

describe('micro-pauses', () => {
  const start = local(2025, 6, 2, 10, 0)
  const settings = settingsWith({ microPauses: micro(20) })
  const fresh = () => step(createSchedulerState(start), { type: 'restored' }, start, settings).state

  it('come every 20 minutes of the interval, never within five minutes of a break', () => {
    // Interval 45, heads-up at 44: 20 comes; 40 is within five minutes of the heads-up, so it does not.
    // Interval 90, heads-up at 89: 20, 40, 60 and 80 (nine minutes before the heads-up).
    const interval = runUntil(fresh(), settings, start, start + 44 * MINUTE)
    expect(interval.effects.filter(({ effect }) => effect.type === 'showMicroPause').map(({ at }) => at)).toEqual([start + 20 * MINUTE])
    const longer = settingsWith({ intervalMinutes: 90, microPauses: micro(20) })
    const state = step(createSchedulerState(start), { type: 'restored' }, start, longer).state
    const ninety = runUntil(state, longer, start, start + 89 * MINUTE)
    expect(ninety.effects.filter(({ effect }) => effect.type === 'showMicroPause').map(({ at }) => at)).toEqual(
      [20, 40, 60, 80].map((minutes) => start + minutes * MINUTE),
    )
  })

  it('none while paused or asleep, and none while a break is snoozed', () => {
    const paused = run(fresh(), settings, [{ type: 'pause', until: null }, start + MINUTE]).state
    expect(nextWakeAt(paused, settings, start + MINUTE)).toBeNull()
    const asleep = run(fresh(), settings, [{ type: 'suspend' }, start + MINUTE]).state
    expect(nextWakeAt(asleep, settings, start + MINUTE)).toBeNull()
    const longer = settingsWith({ intervalMinutes: 90, microPauses: micro(10) })
    const headsUp = runUntil(step(createSchedulerState(start), { type: 'restored' }, start, longer).state, longer, start, start + 89 * MINUTE)
    const snoozed = run(headsUp.state, longer, [{ type: 'snooze' }, start + 89 * MINUTE])
    const after = runUntil(snoozed.state, longer, start + 89 * MINUTE, start + 94 * MINUTE)
    expect(shows(after.effects.map(({ effect }) => effect), 'showMicroPause')).toEqual([])
  })

  it('a slot missed by a late wake is let go, not shown late', () => {
    const late = run(fresh(), settings, [{ type: 'due' }, start + 22 * MINUTE])
    expect(shows(late.effects, 'showMicroPause')).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------------------
// Properties

const workingHoursArb = fc.constantFrom(
  { enabled: false, days: office.days },
  office,
  { enabled: true, days: week([{ start: '00:00', end: '06:00' }, { start: '22:00', end: '24:00' }], [0, 1, 2, 3, 4, 5, 6]) },
  noBreaks,
)

const settingsArb: fc.Arbitrary<ScheduleSettings> = fc
  .record({
    ...breakTimingArbs,
    naturalBreaks: fc.boolean(),
    workingHours: workingHoursArb,
    dailyMoment: fc.record({
      enabled: fc.boolean(),
      // Midnight, the small hours DST changes move, and ordinary times.
      time: fc.constantFrom('00:00', '00:30', '02:30', '03:00', '09:30', '18:00', '23:59'),
      opens: fc.constant('journal' as const),
      onlyWorkingHours: fc.boolean(),
    }),
    microPauses: fc.record({ enabled: fc.boolean(), everyMinutes: fc.integer({ min: 10, max: 60 }) }),
  })
  .map((raw) => scheduleSettingsSchema.parse(raw))

type Action = RunAction

const eventArb = fc.constantFrom<SchedulerEvent>(
  { type: 'startNow' }, { type: 'snooze' }, { type: 'skip' }, { type: 'skipNext' }, { type: 'breakStarted' },
  { type: 'breakEnded', completed: true }, { type: 'resumeBreaks' }, { type: 'suspend' }, { type: 'resume' },
  { type: 'clockChanged' }, { type: 'idle', seconds: 0 }, { type: 'idle', seconds: 900 },
)
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ gapMs: gapArb, kind: fc.constant('event' as const), event: eventArb }) },
  { weight: 1, arbitrary: fc.record({ gapMs: gapArb, kind: fc.constant('pause' as const), forMs: fc.option(fc.integer({ min: MINUTE, max: 26 * HOUR }), { nil: null }) }) },
  { weight: 1, arbitrary: fc.record({ gapMs: gapArb, kind: fc.constant('settings' as const) }) },
  { weight: 2, arbitrary: fc.record({ gapMs: gapArb, kind: fc.constant('restart' as const) }) },
  { weight: 1, arbitrary: fc.record({ gapMs: gapArb, kind: fc.constant('jump' as const), byMs: fc.integer({ min: -26 * HOUR, max: 26 * HOUR }) }) },
)

interface Seen {
  at: number
  /** How many clock jumps and settings changes came before: comparisons across them are left out. */
  era: number
}

function simulate(start: number, first: ScheduleSettings, second: ScheduleSettings, actions: Action[]) {
  let state = createSchedulerState(start)
  let era = 0
  const momentDays = new Set<string>()
  const micros: Seen[] = []
  /** Break popups the timer brought (heads-up or break): a person's "Start now" is theirs to choose. */
  const timedBreaks: Seen[] = []

  const apply = (event: SchedulerEvent, now: number, settings: ScheduleSettings) => {
    const before = state
    const result = step(state, event, now, settings)
    state = result.state
    for (const effect of result.effects) {
      if (effect.type === 'showDailyMoment') {
        const day = localDay(now)
        // At most once per local day, within its window, never paused or asleep, within hours when so chosen.
        expect(momentDays.has(day)).toBe(false)
        momentDays.add(day)
        const window = momentWindow(now, 0, settings.dailyMoment.time)
        expect(now).toBeGreaterThanOrEqual(window.from)
        expect(now).toBeLessThan(window.until)
        expect(effect.until).toBe(window.until)
        expect(state.pause).toBeNull()
        expect(state.suspendedAt).toBeNull()
        if (settings.dailyMoment.onlyWorkingHours) expect(isWorkingTime(now, settings.workingHours)).toBe(true)
      }
      if (effect.type === 'showMicroPause') {
        expect(state.pause).toBeNull()
        expect(state.suspendedAt).toBeNull()
        expect(isWorkingTime(now, settings.workingHours)).toBe(true)
        const phase = state.phase
        expect(phase.kind).toBe('counting')
        if (phase.kind !== 'counting') return
        // Clear of the break before and the break after, by the schedule as it stands.
        expect(now - phase.since).toBeGreaterThanOrEqual(MICRO_CLEAR_OF_BREAK_MS)
        expect(phase.dueAt - settings.headsUpSeconds * 1000 - now).toBeGreaterThanOrEqual(MICRO_CLEAR_OF_BREAK_MS)
        expect(phase.snoozes).toBe(0)
        // Never doubled: one per step, and never close to the last one.
        expect(shows(result.effects, 'showMicroPause')).toHaveLength(1)
        const last = micros.at(-1)
        if (last && last.era === era) expect(now - last.at).toBeGreaterThanOrEqual(MICRO_MIN_GAP_MS)
        micros.push({ at: now, era })
      }
      if ((effect.type === 'showHeadsUp' || effect.type === 'startBreak') && event.type !== 'startNow') timedBreaks.push({ at: now, era })
    }
    // The rhythm never shows in a step that opened a break popup.
    const breakOpened = result.effects.some((effect) => effect.type === 'showHeadsUp' || effect.type === 'startBreak')
    if (breakOpened) expect(result.effects.some((effect) => effect.type === 'showMicroPause' || effect.type === 'showDailyMoment')).toBe(false)
    // Never a stuck or past timer.
    const wake = nextWakeAt(state, settings, now)
    if (wake !== null) expect(wake).toBeGreaterThan(now)
    // The saved state behaves the same.
    expect(step(JSON.parse(JSON.stringify(before)), event, now, settings)).toEqual(result)
  }

  playRun(start, first, second, actions, {
    apply,
    nextWake: (now, settings) => nextWakeAt(state, settings, now),
    restart() {
      state = schedulerStateSchema.parse(JSON.parse(JSON.stringify(state)))
    },
    before(action) {
      // A person's "Start now" and its break are theirs: they may come any time, micro-pause or not.
      const personsBreak = action.kind === 'event' && (action.event.type === 'startNow' || action.event.type === 'breakStarted')
      if (personsBreak || action.kind === 'settings' || action.kind === 'jump') era++
    },
  })
  // Micro-pauses keep clear of the breaks the timer brought, on both sides.
  for (const shown of micros) {
    for (const popup of timedBreaks) {
      if (popup.era === shown.era) expect(Math.abs(popup.at - shown.at)).toBeGreaterThanOrEqual(MICRO_CLEAR_OF_BREAK_MS)
    }
  }
}

describe.each(['Europe/Berlin', 'America/New_York'])('rhythm invariants in %s', (zone) => {
  inTimeZone(zone)

  it('hold after any sequence of time, sleeps, pauses, restarts, clock jumps and settings changes', () => {
    holdsOverRandomRuns(settingsArb, actionArb, simulate)
  }, 120_000)

  it('the one timer wakes no more per idle hour than the budget, and the rhythm adds a wake only for what it shows', () => {
    // docs/PERFORMANCE.md: at most once a minute plus once per event while idle. The driver's own share is far
    // below that; with the rhythm on it may arm once more per thing it shows, and once a day for the moment.
    fc.assert(
      fc.property(startArb, settingsArb, fc.integer({ min: 1, max: 24 }), (start, settings, hours) => {
        const armsOf = (withRhythm: ScheduleSettings) => {
          const clock = createManualClock(start)
          const effects: OutwardEffect[] = []
          createSchedulerDriver({ clock, getSettings: () => withRhythm, loadState: () => null, saveState: () => {}, onEffect: (effect) => effects.push(effect) })
          clock.advance(hours * HOUR)
          return { arms: clock.stats.armed, effects }
        }
        const off = armsOf({ ...settings, dailyMoment: { ...settings.dailyMoment, enabled: false }, microPauses: { ...settings.microPauses, enabled: false } })
        const on = armsOf(settings)
        expect(on.arms).toBeLessThanOrEqual(hours * 60 + on.effects.length)
        const rhythmShown = on.effects.filter((effect) => effect.type === 'showDailyMoment' || effect.type === 'showMicroPause').length
        const days = Math.ceil(hours / 24) + 1
        // Each thing shown: its own wake, then the break's wake armed again; the moment's day may pass unshown.
        const breaksDiffer = Math.abs(on.effects.length - rhythmShown - off.effects.length)
        if (breaksDiffer === 0) expect(on.arms - off.arms).toBeLessThanOrEqual(2 * rhythmShown + days)
      }),
      { numRuns: 150 },
    )
  }, 120_000)
})

// ---------------------------------------------------------------------------------------------------------
// A week across each DST change, in two zones

/** Sundays on which the clocks change in 2025: [month, day] of the spring and autumn changes. */
const dstWeeks = [
  { zone: 'Europe/Berlin', changes: [[3, 30], [10, 26]] },
  { zone: 'America/New_York', changes: [[3, 9], [11, 2]] },
] as const

describe.each(dstWeeks)('a week across each DST change in $zone', ({ zone, changes }) => {
  inTimeZone(zone)

  for (const [month, day] of changes) {
    for (const time of ['09:30', '02:30', '00:00']) {
      it(`a daily moment at ${time} comes at its wall-clock time every day of the week of ${month}/${day}, exactly once`, () => {
        // From the Tuesday evening before the change to the Tuesday evening after it.
        const start = local(2025, month, day - 5, 23, 0)
        const end = local(2025, month, day + 2, 23, 0)
        const settings = settingsWith({ workingHours: noBreaks, dailyMoment: moment(time), microPauses: micro(15) })
        const clock = createManualClock(start)
        const shown: number[] = []
        createSchedulerDriver({
          clock, getSettings: () => settings, loadState: () => null, saveState: () => {},
          onEffect: (effect) => {
            if (effect.type === 'showDailyMoment') shown.push(clock.now())
          },
        })
        // Time passes in minutes, as the e2e harness moves it.
        while (clock.now() < end) clock.advance(MINUTE)
        const expected = Array.from({ length: 7 }, (_, offset) => momentWindow(start, offset + 1, time).from)
        expect(shown).toEqual(expected)
        for (const at of shown) {
          const date = new Date(at)
          const [hours, minutes] = time.split(':').map(Number)
          // 02:30 does not exist on the spring day: the moment comes at the first real instant after the gap.
          if (!(time === '02:30' && month < 6 && localDay(at) === localDay(local(2025, month, day, 12)))) {
            expect([date.getHours(), date.getMinutes()]).toEqual([hours, minutes])
          }
        }
        expect(new Set(shown.map(localDay)).size).toBe(7)
        // The late limit is the person's three hours, never the day's end on a 23-hour day.
        expect(MOMENT_LATE_LIMIT_MS).toBe(3 * HOUR)
      })
    }
  }
})
