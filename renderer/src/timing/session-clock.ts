import { activeMsAt, type PausedSpan } from './paused-time'

/**
 * The running time of one breathing session, as a plain value. The screen keeps it in state, replaces it
 * on Start / Pause / Resume, and on every animation frame asks it for the elapsed time with
 * performance.now(): nothing here keeps time by itself, so a throttled or late frame cannot make it drift.
 */
export interface SessionClock {
  /** performance.now() when the session started. */
  readonly startMs: number
  /** Pauses so far, in ms since `startMs`; the last one is open while the session is paused. */
  readonly pausedSpans: readonly PausedSpan[]
}

export const startSession = (nowMs: number): SessionClock => ({ startMs: nowMs, pausedSpans: [] })

export const isSessionPaused = (clock: SessionClock): boolean => clock.pausedSpans.at(-1)?.toMs === null

/** Freezes the session at `nowMs`. Pausing a paused session changes nothing. */
export function pauseSession(clock: SessionClock, nowMs: number): SessionClock {
  if (isSessionPaused(clock)) return clock
  return { ...clock, pausedSpans: [...clock.pausedSpans, { fromMs: nowMs - clock.startMs, toMs: null }] }
}

/** Lets the session run again from where it was frozen. Resuming a running session changes nothing. */
export function resumeSession(clock: SessionClock, nowMs: number): SessionClock {
  const openPause = clock.pausedSpans.at(-1)
  if (openPause === undefined || openPause.toMs !== null) return clock
  const closed = { fromMs: openPause.fromMs, toMs: Math.max(openPause.fromMs, nowMs - clock.startMs) }
  return { ...clock, pausedSpans: [...clock.pausedSpans.slice(0, -1), closed] }
}

/** Ms the session has been running at `nowMs`, pauses removed. */
export const sessionElapsedMs = (clock: SessionClock, nowMs: number): number =>
  activeMsAt(nowMs - clock.startMs, clock.pausedSpans)
