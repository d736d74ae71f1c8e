import type { Clock } from '../../electron/core/clock'

/** Types for clocks.mjs, for the unit tests that drive the app's Clock port with the harness's clock. */
export interface ManualClock extends Clock {
  /** Timers armed and fired so far, and the most ever pending at once. */
  readonly stats: { armed: number; fired: number; maxPending: number }
  pending(): number
  /** The deadlines of every timer still pending, earliest first. */
  deadlines(): number[]
  /** Time passes: advances to now + ms, firing every timer due on the way, each at its own deadline. */
  advance(ms: number): void
  /** The wall clock is set forward or back by `ms`; pending timers move with it, and nothing fires. */
  jump(ms: number): void
  dispose(): void
}

export interface RealClock extends Clock {
  readonly stats: { armed: number; fired: number }
  pending(): number
  dispose(): void
}

export function createManualClock(start: number): ManualClock
export function createRealClock(): RealClock
