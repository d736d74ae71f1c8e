/**
 * Working hours are local time. Every test here runs in three zones with different DST rules (including
 * Lord Howe's 30-minute shift); dates are built with the local Date constructor inside each zone.
 */
import { describe, expect, it } from 'vitest'
import { createSchedulerDriver, type OutwardEffect } from '../../electron/core/scheduler/driver'
import { pauseUntil } from '../../electron/core/scheduler/pause'
import { defaultScheduleSettings, type TimeRange, type WorkingHours } from '../../electron/core/scheduler/settings'
import {
  isWorkingTime,
  nextLocalMidnight,
  nextWorkingStart,
  workingStretchEnd,
} from '../../electron/core/scheduler/working-hours'
import { HOUR, MINUTE, inTimeZone, local, settingsWith, workingHoursOn } from './scheduler-fixtures'
import { createManualClock } from '../harness/clocks.mjs'


const everyDay = (ranges: TimeRange[]): WorkingHours => ({ enabled: true, days: Array.from({ length: 7 }, () => ranges) })
const officeHours = workingHoursOn().workingHours

/** Local DST transition days in 2025 and the real length of their 00:00–06:00. */
const zones = [
  { zone: 'America/New_York', transitions: [[3, 9, 5 * HOUR], [11, 2, 7 * HOUR]] },
  { zone: 'Europe/Madrid', transitions: [[3, 30, 5 * HOUR], [10, 26, 7 * HOUR]] },
  { zone: 'Australia/Lord_Howe', transitions: [[4, 6, 6.5 * HOUR], [10, 5, 5.5 * HOUR]] },
] as const

describe.each(zones)('working hours in $zone', ({ zone, transitions }) => {
  inTimeZone(zone)

  it('are half-open local ranges on the chosen weekdays', () => {
    // 2025-06-02 is a Monday, 2025-06-07 a Saturday.
    expect(isWorkingTime(local(2025, 6, 2, 9, 0), officeHours)).toBe(true)
    expect(isWorkingTime(local(2025, 6, 2, 8, 59), officeHours)).toBe(false)
    expect(isWorkingTime(local(2025, 6, 2, 18, 0), officeHours)).toBe(false)
    expect(isWorkingTime(local(2025, 6, 7, 10, 0), officeHours)).toBe(false)
    expect(isWorkingTime(local(2025, 6, 7, 10, 0), defaultScheduleSettings.workingHours)).toBe(true)
  })

  it('know when the current stretch ends and when the next one starts', () => {
    expect(workingStretchEnd(local(2025, 6, 2, 10), officeHours)).toBe(local(2025, 6, 2, 18))
    expect(nextWorkingStart(local(2025, 6, 6, 19), officeHours)).toBe(local(2025, 6, 9, 9))
    const lunch: WorkingHours = everyDay([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ])
    expect(workingStretchEnd(local(2025, 6, 2, 11), lunch)).toBe(local(2025, 6, 2, 12))
    expect(nextWorkingStart(local(2025, 6, 2, 12, 30), lunch)).toBe(local(2025, 6, 2, 13))
  })

  it('merge ranges that touch across midnight, and report no end for a week that never stops', () => {
    const nights = everyDay([
      { start: '00:00', end: '06:00' },
      { start: '22:00', end: '24:00' },
    ])
    expect(workingStretchEnd(local(2025, 6, 2, 23), nights)).toBe(local(2025, 6, 3, 6))
    expect(workingStretchEnd(local(2025, 6, 2, 12), everyDay([{ start: '00:00', end: '24:00' }]))).toBeNull()
    const never = everyDay([])
    expect(isWorkingTime(local(2025, 6, 2, 12), never)).toBe(false)
    expect(nextWorkingStart(local(2025, 6, 2, 12), never)).toBeNull()
  })

  it('measure real time across DST changes', () => {
    const smallHours = everyDay([{ start: '00:00', end: '06:00' }])
    for (const [month, day, realLength] of transitions) {
      const midnight = local(2025, month, day)
      expect((workingStretchEnd(midnight + 30 * MINUTE, smallHours) ?? Number.NaN) - midnight).toBe(realLength)
    }
  })

  it('"until tomorrow" means the next local midnight, or the next day\'s first working start', () => {
    for (const [month, day] of transitions) {
      const dayBefore = local(2025, month, day - 1, 15)
      const midnight = new Date(pauseUntil('tomorrow', dayBefore, settingsWith()) ?? Number.NaN)
      expect([midnight.getDate(), midnight.getHours(), midnight.getMinutes()]).toEqual([day, 0, 0])
      expect(nextLocalMidnight(local(2025, month, day, 12))).toBe(local(2025, month, day + 1))
    }
    const office = workingHoursOn()
    expect(pauseUntil('tomorrow', local(2025, 6, 3, 15), office)).toBe(local(2025, 6, 4, 9))
    expect(pauseUntil('tomorrow', local(2025, 6, 6, 15), office)).toBe(local(2025, 6, 9, 9))
  })

  it('hold every break inside working hours through a week that contains a DST change', () => {
    for (const [month, day] of transitions) {
      const start = local(2025, month, day - 3, 7)
      const clock = createManualClock(start)
      const popups: { at: number; effect: OutwardEffect }[] = []
      const settings = workingHoursOn(settingsWith({ headsUpSeconds: 0 }))
      createSchedulerDriver({
        clock,
        getSettings: () => settings,
        loadState: () => null,
        saveState: () => undefined,
        // Take every break at once, for the length of a break.
        onEffect: (effect) => {
          if (effect.type === 'startBreak') popups.push({ at: clock.now(), effect })
        },
      })
      clock.advance(7 * 24 * HOUR)
      expect(popups.length).toBeGreaterThan(0)
      const firstOfEachDay = new Map<string, Date>()
      for (const { at } of popups) {
        const date = new Date(at)
        expect(isWorkingTime(at, settings.workingHours)).toBe(true)
        const dayKey = date.toDateString()
        if (!firstOfEachDay.has(dayKey)) firstOfEachDay.set(dayKey, date)
      }
      // A working day's first break comes one interval after 09:00 local, whatever the offset that day.
      for (const first of firstOfEachDay.values()) expect([first.getHours(), first.getMinutes()]).toEqual([9, 45])
    }
  })
})
