import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSchedulerState, step } from '../../electron/core/scheduler/machine'
import { scheduleSettingsSchema, defaultScheduleSettings } from '../../electron/core/scheduler/settings'
import { availableActions, describeStatus, minutesUntil, statusRefreshAt } from '../../electron/core/scheduler/status'
import type { SchedulerState } from '../../electron/core/scheduler/types'
import { HOUR, MINUTE, SECOND, T0, inTimeZone, run, settingsWith, workingHoursOn } from './scheduler-fixtures'

const settings = settingsWith()
const started = (s = settings, now = T0): SchedulerState => run(createSchedulerState(now), s, [{ type: 'restored' }, now]).state

describe('the status line', () => {
  it('rounds minutes up, so it shows 1 until the moment itself', () => {
    expect(minutesUntil(T0 + 44 * MINUTE + SECOND, T0)).toBe(45)
    expect(minutesUntil(T0 + 45 * MINUTE, T0)).toBe(45)
    expect(minutesUntil(T0 + SECOND, T0)).toBe(1)
    expect(minutesUntil(T0, T0)).toBe(0)
  })

  it('refreshes exactly when the minutes shown change, never more than once a minute', () => {
    const state = started()
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 44 * MINUTE - 1 }), (elapsed) => {
        const now = T0 + elapsed
        const shown = describeStatus(state, settings, now)
        const refreshAt = statusRefreshAt(state, settings, now) ?? Number.NaN
        expect(refreshAt).toBeGreaterThan(now)
        expect(refreshAt - now).toBeLessThanOrEqual(MINUTE)
        expect(describeStatus(state, settings, refreshAt - 1)).toEqual(shown)
        expect(describeStatus(state, settings, refreshAt)).not.toEqual(shown)
      }),
    )
  })

  it('a long pause is not refreshed each minute: the tray shows its end time until the last two hours', () => {
    const until = T0 + 10 * HOUR
    const paused = run(started(), settings, [{ type: 'pause', until }, T0]).state
    expect(statusRefreshAt(paused, settings, T0)).toBe(until - 2 * HOUR)
    const countingDown = statusRefreshAt(paused, settings, until - 2 * HOUR) ?? Number.NaN
    expect(countingDown - (until - 2 * HOUR)).toBeLessThanOrEqual(MINUTE)
  })

  it('following the refresh instants over a whole interval takes one refresh a minute', () => {
    const state = started()
    let refreshes = 0
    for (let now: number | null = T0; now !== null && now < T0 + 44 * MINUTE; now = statusRefreshAt(state, settings, now)) {
      refreshes++
    }
    expect(refreshes).toBe(44)
  })

  it('describes each state', () => {
    const state = started()
    expect(describeStatus(state, settings, T0)).toEqual({ kind: 'next', at: T0 + 45 * MINUTE, minutes: 45 })
    const headsUp = step(state, { type: 'due' }, T0 + 44 * MINUTE, settings).state
    expect(describeStatus(headsUp, settings, T0 + 44 * MINUTE)).toEqual({ kind: 'heads-up', at: T0 + 45 * MINUTE, minutes: 1 })
    const snoozed = step(headsUp, { type: 'snooze' }, T0 + 44 * MINUTE, settings).state
    expect(describeStatus(snoozed, settings, T0 + 44 * MINUTE)).toEqual({ kind: 'snoozed', until: T0 + 50 * MINUTE, minutes: 6 })
    const due = step(headsUp, { type: 'due' }, T0 + 45 * MINUTE, settings).state
    expect(describeStatus(due, settings, T0 + 45 * MINUTE)).toEqual({ kind: 'due' })
    const inBreak = step(due, { type: 'breakStarted' }, T0 + 45 * MINUTE, settings).state
    expect(describeStatus(inBreak, settings, T0 + 46 * MINUTE)).toEqual({ kind: 'in-break', since: T0 + 45 * MINUTE })
    const paused = step(state, { type: 'pause', until: T0 + HOUR }, T0, settings).state
    expect(describeStatus(paused, settings, T0)).toEqual({ kind: 'paused', until: T0 + HOUR, minutes: 60 })
    const pausedForGood = step(state, { type: 'pause', until: null }, T0, settings).state
    expect(describeStatus(pausedForGood, settings, T0)).toEqual({ kind: 'paused', until: null, minutes: null })
    expect(statusRefreshAt(pausedForGood, settings, T0)).toBeNull()
    const asleep = step(state, { type: 'suspend' }, T0, settings).state
    expect(describeStatus(asleep, settings, T0)).toEqual({ kind: 'suspended' })
  })

  describe('with working hours (Europe/Madrid)', () => {
    inTimeZone('Europe/Madrid')
    const office = workingHoursOn()
    const monday = (hours: number, minutes = 0) => new Date(2025, 5, 2, hours, minutes).getTime()

    it('says when breaks resume outside them, and when they end if no break fits before', () => {
      const evening = started(office, monday(19))
      expect(describeStatus(evening, office, monday(19))).toEqual({
        kind: 'outside-hours',
        resumesAt: monday(33),
        minutes: 14 * 60,
      })
      const lateAfternoon = started(office, monday(17, 30))
      expect(describeStatus(lateAfternoon, office, monday(17, 30))).toEqual({ kind: 'hours-ending', at: monday(18), minutes: 30 })
    })
  })
})

describe('what the popup and the menu offer', () => {
  it('follows the phase, the snooze limit and strict mode', () => {
    const headsUp = step(started(), { type: 'due' }, T0 + 44 * MINUTE, settings).state
    expect(availableActions(started(), settings)).toEqual({
      startNow: false, snooze: false, skip: false, skipNext: true, pause: true, resumeBreaks: false,
    })
    expect(availableActions(headsUp, settings)).toEqual({
      startNow: true, snooze: true, skip: true, skipNext: true, pause: true, resumeBreaks: false,
    })
    expect(availableActions(headsUp, settingsWith({ maxSnoozes: 0 })).snooze).toBe(false)
    expect(availableActions(headsUp, settingsWith({ strict: true }))).toMatchObject({ skip: false, skipNext: false })
    const paused = step(started(), { type: 'pause', until: null }, T0, settings).state
    expect(availableActions(paused, settings)).toMatchObject({ pause: false, resumeBreaks: true })
  })
})

describe('the schedule settings', () => {
  it('default to the documented values', () => {
    expect(defaultScheduleSettings).toMatchObject({
      intervalMinutes: 45,
      breakLengthMinutes: 3,
      headsUpSeconds: 60,
      snoozeMinutes: 5,
      maxSnoozes: null,
      strict: false,
      naturalBreaks: true,
      workingHours: { enabled: false },
    })
    const days = defaultScheduleSettings.workingHours.days
    expect(days.map((ranges) => ranges.length)).toEqual([0, 1, 1, 1, 1, 1, 0])
    expect(days[1]).toEqual([{ start: '09:00', end: '18:00' }])
  })

  it('refuse values out of bounds and malformed ranges', () => {
    const refused = [
      { intervalMinutes: 4 },
      { intervalMinutes: 241 },
      { breakLengthMinutes: 16 },
      { snoozeMinutes: 0 },
      { headsUpSeconds: -1 },
      { maxSnoozes: 1.5 },
      { workingHours: { enabled: true, days: [[], [], []] } },
      { workingHours: { enabled: true, days: [[{ start: '18:00', end: '09:00' }], [], [], [], [], [], []] } },
      { workingHours: { enabled: true, days: [[{ start: '9:00', end: '10:00' }], [], [], [], [], [], []] } },
      { workingHours: { enabled: true, days: [[{ start: '24:00', end: '24:00' }], [], [], [], [], [], []] } },
    ]
    for (const input of refused) expect(scheduleSettingsSchema.safeParse(input).success, JSON.stringify(input)).toBe(false)
    const untilMidnight = { workingHours: { enabled: true, days: [[{ start: '22:00', end: '24:00' }], [], [], [], [], [], []] } }
    expect(scheduleSettingsSchema.safeParse(untilMidnight).success).toBe(true)
  })
})

describe('outside working hours, in Madrid', () => {
  inTimeZone('Europe/Madrid')

  it('the status waits for the working stretch to begin, not for the next minute', () => {
    // T0 is 11:00 in Madrid; the working stretch is 13:00 to 14:00 every day.
    const lunchHour = Array.from({ length: 7 }, () => [{ start: '13:00', end: '14:00' }])
    const hours = settingsWith({ workingHours: { enabled: true, days: lunchHour } })
    const state = started(hours)
    expect(describeStatus(state, hours, T0)).toMatchObject({ kind: 'outside-hours', resumesAt: T0 + 2 * HOUR })
    expect(statusRefreshAt(state, hours, T0)).toBe(T0 + 2 * HOUR)
  })
})
