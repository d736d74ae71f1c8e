/**
 * The scheduler's relation to time: what the passing of time does on its own (settle), and how the
 * scheduler recovers when time passed without it seeing (sleep, a clock moved, the app not running).
 * Every rule recomputes from absolute timestamps, so a late wake fires at most one thing.
 */
import { countdownFrom, durationsOf, isCountdown, shiftPhase, showsPopup } from './phase'
import type { ScheduleSettings } from './settings'
import type { SchedulerEffect, SchedulerState } from './types'
import { breakFitsWorkingStretch, breaksHeld, nextWakeAt } from './wake'

/** Backward steps smaller than this are clock noise (NTP slewing); larger ones mean the clock was set back. */
export const CLOCK_SLACK_MS = 10_000

/** Brings the state up to `now`: ends an expired pause, holds or releases breaks, announces a due break. */
export function settle(
  state: SchedulerState,
  now: number,
  settings: ScheduleSettings,
  effects: SchedulerEffect[],
): SchedulerState {
  if (state.suspendedAt !== null) return state
  const { intervalMs, headsUpMs } = durationsOf(settings)
  const pauseOver = state.pause !== null && state.pause.until !== null && now >= state.pause.until
  const current = pauseOver ? { ...state, pause: null } : state
  const held = breaksHeld(current, settings, now)
  const phase = current.phase

  if (phase.kind === 'in-break') {
    if (now < phase.startedAt + intervalMs) return current
    // A break left open for a whole interval is closed, so the schedule never waits on a forgotten window.
    effects.push({ type: 'hidePopup' })
    return { ...current, phase: held ? { kind: 'waiting' } : countdownFrom(now, settings) }
  }
  if (held) {
    if (showsPopup(phase)) effects.push({ type: 'hidePopup' })
    return phase.kind === 'waiting' ? current : { ...current, phase: { kind: 'waiting' } }
  }
  if (phase.kind === 'waiting') return { ...current, phase: countdownFrom(now, settings) }

  if (now >= phase.dueAt + intervalMs) {
    // Nobody took this break for a whole interval (a long meeting, a popup never answered): let it go
    // rather than keep owing it, and start a fresh interval.
    if (showsPopup(phase)) effects.push({ type: 'hidePopup' })
    if (phase.kind === 'due') effects.push({ type: 'record', kind: 'skipped', at: phase.dueAt })
    return { ...current, phase: countdownFrom(now, settings) }
  }
  if (now >= phase.dueAt) {
    if (phase.kind === 'due') return current
    effects.push({ type: 'startBreak' })
    return { ...current, phase: { ...phase, kind: 'due' } }
  }
  if (
    phase.kind === 'counting' &&
    now >= phase.dueAt - headsUpMs &&
    breakFitsWorkingStretch(phase.dueAt, settings, now)
  ) {
    effects.push({ type: 'showHeadsUp', breakAt: phase.dueAt })
    return { ...current, phase: { ...phase, kind: 'heads-up' } }
  }
  return current
}

/**
 * Detects time the scheduler did not see while it was not suspended:
 * - the clock went back: every deadline moves back with it, so the remaining time is kept;
 * - `now` is at least one break length past the wake the scheduler was waiting for (the machine slept
 *   without telling us, the clock jumped forward, the app was not running): the interval restarts quietly,
 *   so there is never a burst of overdue popups. Nothing is recorded: a jump and an absence look the same.
 */
export function noticeUnseenTime(
  state: SchedulerState,
  now: number,
  settings: ScheduleSettings,
  effects: SchedulerEffect[],
): SchedulerState {
  if (now < state.lastSeenAt - CLOCK_SLACK_MS) return shiftEverything(state, now - state.lastSeenAt)
  const expectedWake = nextWakeAt(state, settings, state.lastSeenAt)
  const overdueMs = expectedWake === null ? 0 : now - expectedWake
  const phase = state.phase
  if (overdueMs < durationsOf(settings).breakLengthMs || !(isCountdown(phase) || phase.kind === 'in-break')) {
    return state
  }
  if (showsPopup(phase) || phase.kind === 'in-break') effects.push({ type: 'hidePopup' })
  return { ...state, phase: countdownFrom(now, settings) }
}

/**
 * Back from sleep or lock. Away at least a break length: that was a natural break, the interval restarts.
 * Shorter: the timer simply was paused, so every deadline moves by the time away.
 */
export function resumeFromSuspend(
  state: SchedulerState,
  suspendedAt: number,
  now: number,
  settings: ScheduleSettings,
  effects: SchedulerEffect[],
): SchedulerState {
  const awake = { ...state, suspendedAt: null }
  const awayMs = now - suspendedAt
  if (awayMs < durationsOf(settings).breakLengthMs) {
    return { ...awake, phase: shiftPhase(awake.phase, awayMs) }
  }
  const phase = awake.phase
  if (!(isCountdown(phase) || phase.kind === 'in-break')) return awake
  if (showsPopup(phase) || phase.kind === 'in-break') effects.push({ type: 'hidePopup' })
  effects.push({ type: 'record', kind: 'natural', at: suspendedAt, durationMs: awayMs })
  // Remember the absence, so an idle reading right after waking does not count it a second time.
  return { ...awake, phase: countdownFrom(now, settings), away: { since: suspendedAt } }
}

function shiftEverything(state: SchedulerState, deltaMs: number): SchedulerState {
  return {
    ...state,
    phase: shiftPhase(state.phase, deltaMs),
    pause: state.pause && { until: state.pause.until === null ? null : state.pause.until + deltaMs },
    away: state.away && { since: state.away.since + deltaMs },
    // The moment's day is not moved: a day already shown stays shown (see rhythm.ts).
    rhythm: {
      ...state.rhythm,
      microAt: state.rhythm.microAt === null ? null : state.rhythm.microAt + deltaMs,
      momentChosenAt: state.rhythm.momentChosenAt === null ? null : state.rhythm.momentChosenAt + deltaMs,
    },
  }
}
