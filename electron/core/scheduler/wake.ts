/** When the scheduler next needs to look at the clock. The driver arms exactly one timer for it. */
import { durationsOf, isCountdown, MINUTE_MS } from './phase'
import type { ScheduleSettings } from './settings'
import { nextRhythmWakeAt } from './rhythm'
import type { SchedulerState } from './types'
import { isWorkingTime, nextWorkingStart, workingStretchEnd } from './working-hours'

/** How often the wirer should read the system idle time while `idleChecksWanted` is true. */
export const IDLE_CHECK_EVERY_MS = MINUTE_MS

/** No scheduled break may be offered: breaks are paused, or it is outside working hours. */
export function breaksHeld(state: SchedulerState, settings: ScheduleSettings, now: number): boolean {
  return state.pause !== null || !isWorkingTime(now, settings.workingHours)
}

/** A break at `dueAt` falls inside the working stretch that contains `now` (always true without working hours). */
export function breakFitsWorkingStretch(dueAt: number, settings: ScheduleSettings, now: number): boolean {
  const end = workingStretchEnd(now, settings.workingHours)
  return end === null || dueAt < end
}

/**
 * The one next instant at which anything can change: the breaks' next wake, a daily moment or a micro-pause.
 * null = nothing changes until an event arrives (suspended, paused until resumed, or a week without
 * working hours and no daily moment).
 */
export function nextWakeAt(state: SchedulerState, settings: ScheduleSettings, now: number): number | null {
  const breaks = nextBreakWakeAt(state, settings, now)
  const rhythm = nextRhythmWakeAt(state, settings, now)
  if (breaks === null) return rhythm
  return rhythm === null ? breaks : Math.min(breaks, rhythm)
}

/**
 * The breaks' next instant: a heads-up, a break falling due, an unanswered popup being let go, a pause or
 * a snooze ending, a working stretch beginning or ending.
 */
export function nextBreakWakeAt(state: SchedulerState, settings: ScheduleSettings, now: number): number | null {
  if (state.suspendedAt !== null) return null
  const phase = state.phase
  const { intervalMs, headsUpMs } = durationsOf(settings)
  if (phase.kind === 'in-break') return phase.startedAt + intervalMs
  if (phase.kind === 'waiting') {
    if (state.pause !== null) return state.pause.until
    // Nothing holds breaks any more (e.g. working hours were just turned off): settle right away.
    if (isWorkingTime(now, settings.workingHours)) return now
    return nextWorkingStart(now, settings.workingHours)
  }
  const stretchEnd = workingStretchEnd(now, settings.workingHours) ?? Number.POSITIVE_INFINITY
  const next =
    phase.kind === 'counting'
      ? phase.dueAt < stretchEnd
        ? phase.dueAt - headsUpMs
        : stretchEnd
      : phase.kind === 'heads-up'
        ? phase.dueAt
        : phase.dueAt + intervalMs
  return Math.min(next, stretchEnd)
}

/**
 * Whether the wirer should read the system idle time every `IDLE_CHECK_EVERY_MS`: only while a break is
 * counting down and natural breaks are on. The driver also passes an idle reading with each timer wake.
 */
export function idleChecksWanted(state: SchedulerState, settings: ScheduleSettings): boolean {
  return settings.naturalBreaks && state.suspendedAt === null && isCountdown(state.phase)
}
