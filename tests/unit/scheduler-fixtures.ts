/** Shared helpers for the scheduler tests: settings, a step runner and a model of the one popup window. */
import { afterAll, beforeAll } from 'vitest'
import { step } from '../../electron/core/scheduler/machine'
import { defaultScheduleSettings, type ScheduleSettings } from '../../electron/core/scheduler/settings'
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
