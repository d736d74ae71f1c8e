/** Small helpers over phases and the settings' durations, shared by the machine, the wake and the status. */
import type { ScheduleSettings } from './settings'
import type { CountdownPhase, Phase } from './types'

export const MINUTE_MS = 60_000

export interface Durations {
  intervalMs: number
  breakLengthMs: number
  headsUpMs: number
  snoozeMs: number
}

export function durationsOf(settings: ScheduleSettings): Durations {
  return {
    intervalMs: settings.intervalMinutes * MINUTE_MS,
    breakLengthMs: settings.breakLengthMinutes * MINUTE_MS,
    headsUpMs: settings.headsUpSeconds * 1000,
    snoozeMs: settings.snoozeMinutes * MINUTE_MS,
  }
}

/** A fresh interval starting at `start`. */
export function countdownFrom(start: number, settings: ScheduleSettings): CountdownPhase {
  return { kind: 'counting', since: start, dueAt: start + durationsOf(settings).intervalMs, snoozes: 0 }
}

export function isCountdown(phase: Phase): phase is CountdownPhase {
  return phase.kind === 'counting' || phase.kind === 'heads-up' || phase.kind === 'due'
}

/** Phases in which the scheduler has put a popup on screen. */
export function showsPopup(phase: Phase): phase is Extract<Phase, { kind: 'heads-up' | 'due' }> {
  return phase.kind === 'heads-up' || phase.kind === 'due'
}

/** The same phase with every instant moved by `deltaMs` (the remaining time is kept). */
export function shiftPhase(phase: Phase, deltaMs: number): Phase {
  switch (phase.kind) {
    case 'waiting':
      return phase
    case 'in-break':
      return { ...phase, startedAt: phase.startedAt + deltaMs }
    default:
      return { ...phase, since: phase.since + deltaMs, dueAt: phase.dueAt + deltaMs }
  }
}

/** Whether a break already snoozed `snoozesSoFar` times may be snoozed once more. */
export function snoozeAllowed(snoozesSoFar: number, settings: ScheduleSettings): boolean {
  return settings.maxSnoozes === null || snoozesSoFar < settings.maxSnoozes
}
