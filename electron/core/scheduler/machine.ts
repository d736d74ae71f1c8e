/**
 * The break scheduler as a pure state machine: `step(state, event, now, settings)` returns the next state
 * and the effects for the outside world to carry out. No clock, no timers, no I/O in here.
 */
import { countdownFrom, durationsOf, isCountdown, showsPopup, snoozeAllowed } from './phase'
import { settleRhythm } from './rhythm'
import { noticeUnseenTime, resumeFromSuspend, settle } from './settle'
import type { ScheduleSettings } from './settings'
import type { SchedulerEffect, SchedulerEvent, SchedulerState, StepResult } from './types'

/** Two idle readings whose "last input" instants lie this close belong to the same absence. */
const SAME_ABSENCE_MS = 30_000

/** Events only a person causes: if one arrives while we believe the system sleeps, it is clearly awake. */
const personEvents = new Set<SchedulerEvent['type']>([
  'startNow',
  'snooze',
  'skip',
  'breakStarted',
  'breakEnded',
  'pause',
  'resumeBreaks',
  'skipNext',
])

/** A state for a first start; the first event (the driver sends `restored`) starts the interval. */
export function createSchedulerState(now: number): SchedulerState {
  return {
    version: 1, phase: { kind: 'waiting' }, pause: null, suspendedAt: null, away: null, lastSeenAt: now,
    rhythm: { momentDay: null, momentChosen: null, momentChosenAt: null, microAt: null },
  }
}

export function step(
  state: SchedulerState,
  event: SchedulerEvent,
  now: number,
  settings: ScheduleSettings,
): StepResult {
  const effects: SchedulerEffect[] = []
  let next = state
  if (next.suspendedAt !== null) {
    if (wakesTheSystem(event, next.suspendedAt, now)) {
      next = resumeFromSuspend(next, next.suspendedAt, now, settings, effects)
    }
  } else if (event.type !== 'settingsChanged') {
    // The wake we compare against is computed with today's settings; after a settings change it would not
    // be the wake that was actually armed, so a change is not taken as evidence of lost time.
    next = noticeUnseenTime(next, now, settings, effects)
  }
  // A restart took the popup away: forget it before anything is announced again.
  if (event.type === 'restored') next = forgetVanishedPopup(next, now, settings, effects)
  // An idle reading goes before settling, so a deadline reached with nobody there never flashes a popup.
  const idleSeconds = idleReading(event)
  if (idleSeconds !== null) next = noticeIdle(next, idleSeconds, now, settings, effects)
  // Settle first so the event meets the present (a pause that just ended, working hours that just began).
  next = settle(next, now, settings, effects)
  next = applyEvent(next, event, now, settings, effects)
  next = settle(next, now, settings, effects)
  // The rhythm comes after the breaks have met the present, so a break on screen keeps the window.
  next = { ...settleRhythm(next, now, settings, effects), lastSeenAt: now }
  if (differsBeyondLastSeen(state, next)) effects.push({ type: 'persist' })
  return { state: next, effects }
}

function idleReading(event: SchedulerEvent): number | null {
  if (event.type === 'idle') return event.seconds
  if (event.type === 'due') return event.idleSeconds ?? null
  return null
}

function wakesTheSystem(event: SchedulerEvent, suspendedAt: number, now: number): boolean {
  if (event.type === 'resume' || event.type === 'restored') return true
  // Input after the suspension began means someone is at the computer, whatever we were told.
  if (event.type === 'idle') return now - event.seconds * 1000 > suspendedAt
  return personEvents.has(event.type)
}

function applyEvent(
  state: SchedulerState,
  event: SchedulerEvent,
  now: number,
  settings: ScheduleSettings,
  effects: SchedulerEffect[],
): SchedulerState {
  const phase = state.phase
  const { intervalMs, headsUpMs, snoozeMs } = durationsOf(settings)
  switch (event.type) {
    case 'startNow':
      if (phase.kind !== 'counting' && phase.kind !== 'heads-up') return state
      effects.push({ type: 'startBreak' })
      return { ...state, phase: { ...phase, kind: 'due', dueAt: now } }
    case 'snooze': {
      if (!showsPopup(phase) || !snoozeAllowed(phase.snoozes, settings)) return state
      effects.push({ type: 'hidePopup' }, { type: 'record', kind: 'snoozed', at: now })
      // The popup comes back `snoozeMinutes` from now; with a heads-up, as the heads-up again.
      const dueAt = now + snoozeMs + headsUpMs
      return { ...state, phase: { ...phase, kind: 'counting', dueAt, snoozes: phase.snoozes + 1 } }
    }
    case 'skip':
      if (settings.strict) return state
      if (phase.kind === 'in-break') {
        effects.push({ type: 'hidePopup' })
        return endBreak(state, phase.startedAt, false, now, settings, effects)
      }
      return showsPopup(phase) ? skipShownBreak(state, now, settings, effects) : state
    case 'skipNext':
      if (settings.strict) return state
      if (showsPopup(phase)) return skipShownBreak(state, now, settings, effects)
      if (phase.kind !== 'counting') return state
      effects.push({ type: 'record', kind: 'skipped', at: now })
      // As if the skipped break had happened at its time and taken no time: the next one follows an interval later.
      return { ...state, phase: { kind: 'counting', since: phase.dueAt, dueAt: phase.dueAt + intervalMs, snoozes: 0 } }
    case 'breakStarted':
      if (phase.kind === 'in-break') return state
      effects.push({ type: 'record', kind: 'started', at: now })
      return { ...state, phase: { kind: 'in-break', startedAt: now } }
    case 'breakEnded':
      return phase.kind === 'in-break' ? endBreak(state, phase.startedAt, event.completed, now, settings, effects) : state
    case 'pause':
      return event.until !== null && event.until <= now ? state : { ...state, pause: { until: event.until } }
    case 'resumeBreaks':
      return { ...state, pause: null }
    case 'suspend':
      return state.suspendedAt === null ? { ...state, suspendedAt: now } : state
    case 'settingsChanged':
      return adoptSettings(state, now, settings)
    case 'due':
    case 'idle':
    case 'restored':
    case 'resume':
    case 'clockChanged':
      // Everything these need (unseen time, idle, a vanished popup, settling) already happened in `step`.
      return state
  }
}

function skipShownBreak(
  state: SchedulerState,
  now: number,
  settings: ScheduleSettings,
  effects: SchedulerEffect[],
): SchedulerState {
  effects.push({ type: 'hidePopup' }, { type: 'record', kind: 'skipped', at: now })
  return { ...state, phase: countdownFrom(now, settings) }
}

function endBreak(
  state: SchedulerState,
  startedAt: number,
  completed: boolean,
  now: number,
  settings: ScheduleSettings,
  effects: SchedulerEffect[],
): SchedulerState {
  effects.push({
    type: 'record',
    kind: completed ? 'completed' : 'skipped',
    at: now,
    durationMs: Math.max(0, now - startedAt),
  })
  return { ...state, phase: countdownFrom(now, settings) }
}

/**
 * A coarse idle reading. Away at least a break length while a break counts down: that is a natural break
 * (recorded once per absence), and the interval restarts with every reading until the person is back.
 * A platform that cannot tell reports 0, which never qualifies: the feature is then simply off.
 */
function noticeIdle(
  state: SchedulerState,
  idleSeconds: number,
  now: number,
  settings: ScheduleSettings,
  effects: SchedulerEffect[],
): SchedulerState {
  const idleMs = idleSeconds * 1000
  const counting = state.suspendedAt === null && isCountdown(state.phase)
  if (!settings.naturalBreaks || !counting || idleMs < durationsOf(settings).breakLengthMs) {
    return state
  }
  const lastInputAt = now - idleMs
  const sameAbsence = state.away !== null && lastInputAt <= state.away.since + SAME_ABSENCE_MS
  if (showsPopup(state.phase)) effects.push({ type: 'hidePopup' })
  if (!sameAbsence) effects.push({ type: 'record', kind: 'natural', at: lastInputAt, durationMs: idleMs })
  return {
    ...state,
    phase: countdownFrom(now, settings),
    away: sameAbsence && state.away ? state.away : { since: lastInputAt },
  }
}

/** A new interval length applies to the running interval; a snoozed break keeps the time it was given. */
function adoptSettings(state: SchedulerState, now: number, settings: ScheduleSettings): SchedulerState {
  const phase = state.phase
  const withAway = settings.naturalBreaks ? state : { ...state, away: null }
  if (phase.kind !== 'counting' || phase.snoozes > 0) return withAway
  const { intervalMs, headsUpMs } = durationsOf(settings)
  // Never sooner than one heads-up from now, so a shorter interval cannot drop a break on the person unannounced.
  const dueAt = Math.max(phase.since + intervalMs, now + headsUpMs)
  return { ...withAway, phase: { ...phase, dueAt } }
}

/**
 * After a restart the popup is gone: a heads-up or a due break is announced again (settle does it from
 * `counting`), and a break that was under way ended with its window, so it counts as skipped.
 */
function forgetVanishedPopup(
  state: SchedulerState,
  now: number,
  settings: ScheduleSettings,
  effects: SchedulerEffect[],
): SchedulerState {
  const phase = state.phase
  if (phase.kind === 'in-break') return endBreak(state, phase.startedAt, false, now, settings, effects)
  if (showsPopup(phase)) return { ...state, phase: { ...phase, kind: 'counting' } }
  return state
}

function differsBeyondLastSeen(before: SchedulerState, after: SchedulerState): boolean {
  return JSON.stringify({ ...before, lastSeenAt: 0 }) !== JSON.stringify({ ...after, lastSeenAt: 0 })
}
