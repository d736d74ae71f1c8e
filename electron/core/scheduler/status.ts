/** What the tray line and the popup may say and offer. Structured data only: the UI writes the words. */
import { MINUTE_MS, showsPopup, snoozeAllowed } from './phase'
import type { ScheduleSettings } from './settings'
import { PAUSE_COUNTDOWN_WITHIN_MS } from '../../common/schedule-status'
import type { AvailableActions, SchedulerState, SchedulerStatus } from './types'
import { breakFitsWorkingStretch, nextBreakWakeAt } from './wake'
import { nextWorkingStart, workingStretchEnd } from './working-hours'

/** Whole minutes left, rounded up: "1 min" until the moment itself, never "0 min" too early. */
export function minutesUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / MINUTE_MS))
}

export function describeStatus(state: SchedulerState, settings: ScheduleSettings, now: number): SchedulerStatus {
  const phase = state.phase
  if (state.suspendedAt !== null) return { kind: 'suspended' }
  if (phase.kind === 'in-break') return { kind: 'in-break', since: phase.startedAt }
  if (phase.kind === 'due') return { kind: 'due' }
  if (phase.kind === 'heads-up') return { kind: 'heads-up', at: phase.dueAt, minutes: minutesUntil(phase.dueAt, now) }
  if (state.pause !== null) {
    const until = state.pause.until
    return { kind: 'paused', until, minutes: until === null ? null : minutesUntil(until, now) }
  }
  if (phase.kind === 'waiting') {
    const resumesAt = nextWorkingStart(now, settings.workingHours)
    return { kind: 'outside-hours', resumesAt, minutes: resumesAt === null ? null : minutesUntil(resumesAt, now) }
  }
  if (!breakFitsWorkingStretch(phase.dueAt, settings, now)) {
    // The next break would fall after today's working hours end: say when they end instead.
    const end = workingStretchEnd(now, settings.workingHours) ?? phase.dueAt
    return { kind: 'hours-ending', at: end, minutes: minutesUntil(end, now) }
  }
  const minutes = minutesUntil(phase.dueAt, now)
  return phase.snoozes > 0
    ? { kind: 'snoozed', until: phase.dueAt, minutes }
    : { kind: 'next', at: phase.dueAt, minutes }
}

/**
 * The next instant the visible status can change: the next minute boundary of the countdown it shows, or
 * the scheduler's next wake if that comes first. null = it cannot change until an event arrives.
 * The tray refreshes then, so its line updates at most once a minute.
 */

export { PAUSE_COUNTDOWN_WITHIN_MS }

export function statusRefreshAt(state: SchedulerState, settings: ScheduleSettings, now: number): number | null {
  const status = describeStatus(state, settings, now)
  // The tray line tells of breaks only: the rhythm's wakes change nothing it shows.
  const wake = nextBreakWakeAt(state, settings, now)
  if (status.kind === 'paused' && status.until !== null && status.until - now > PAUSE_COUNTDOWN_WITHIN_MS) {
    // A long pause shows the clock time it ends, which does not change: look again when the countdown starts.
    const countdownStarts = status.until - PAUSE_COUNTDOWN_WITHIN_MS
    return wake === null ? countdownStarts : Math.min(countdownStarts, wake)
  }
  const target = countdownTarget(status)
  const minuteBoundary = target === null || target <= now ? null : target - (minutesUntil(target, now) - 1) * MINUTE_MS
  if (minuteBoundary === null) return wake
  return wake === null ? minuteBoundary : Math.min(minuteBoundary, wake)
}

/** The instant a status counts down to in minutes; null when the tray shows a clock time or nothing that moves. */
function countdownTarget(status: SchedulerStatus): number | null {
  switch (status.kind) {
    case 'next':
    case 'heads-up':
      return status.at
    case 'snoozed':
    case 'paused':
      return status.until
    default:
      return null
  }
}

export function availableActions(state: SchedulerState, settings: ScheduleSettings): AvailableActions {
  const phase = state.phase
  const popup = showsPopup(phase)
  return {
    startNow: phase.kind === 'heads-up',
    snooze: popup && snoozeAllowed(phase.snoozes, settings),
    skip: !settings.strict && (popup || phase.kind === 'in-break'),
    skipNext: !settings.strict && (popup || phase.kind === 'counting'),
    pause: state.pause === null,
    resumeBreaks: state.pause !== null,
  }
}
