import { activeMsAt, type PausedSpan } from '../timing/paused-time'
import { cycleLengthMs, phaseMs, type PhaseCycle, type PhaseKind } from './pattern'

/**
 * Where a breathing session is at a given moment, computed from scratch each time from the elapsed time
 * on a steady clock. Nothing is accumulated frame by frame: every boundary is `cycle × cycleLength +
 * offset` in whole ms, so the 450th breath starts exactly as the first one did, with no drift.
 */

interface MomentBase {
  /** Running time the moment describes, pauses removed (held at the session length once finished). */
  readonly activeMs: number
  /** True from the instant the running time reaches the session length (never for "until I stop"). */
  readonly finished: boolean
}

/** A moment of a paced pattern. Times are running time in ms, pauses removed. */
export interface PacedMoment extends MomentBase {
  readonly paced: true
  /** Index into the pattern's `phases` (phases of 0 s are never current). */
  readonly phaseIndex: number
  readonly phase: PhaseKind
  /** How far through the current phase, from 0 at its start up to (never reaching) 1. */
  readonly progress: number
  readonly phaseStartMs: number
  readonly phaseEndMs: number
  /** 0 for the first pass through the pattern. */
  readonly cycle: number
  /** A breath counts as completed when its breath out ends. */
  readonly breathsCompleted: number
}

/**
 * A moment of natural rhythm, where nothing is paced. `anchorProgress` drives a softly moving anchor
 * on a period far slower than any breath, so it gives the eyes somewhere to rest without inviting
 * anyone to breathe along with it.
 */
export interface FreeMoment extends MomentBase {
  readonly paced: false
  /** Position within the anchor's slow drift, 0 up to (never reaching) 1. */
  readonly anchorProgress: number
}

export type BreathingMoment = PacedMoment | FreeMoment

/** 24 s: about 2.5 "breaths" a minute, slower than anyone breathes at rest, so it reads as drift, not pace. */
export const naturalAnchorPeriodMs = 24_000

/** A phase that actually takes time, placed within one cycle. */
interface PhaseSlot {
  readonly index: number
  readonly kind: PhaseKind
  readonly startMs: number
  readonly endMs: number
}

/** Offsets within one cycle (a few integer additions, so exact); phases of 0 s are left out. */
function slotsOf(pattern: PhaseCycle): readonly PhaseSlot[] {
  const slots: PhaseSlot[] = []
  let startMs = 0
  pattern.phases.forEach((phase, index) => {
    const lengthMs = phaseMs(phase)
    if (lengthMs > 0) slots.push({ index, kind: phase.kind, startMs, endMs: startMs + lengthMs })
    startMs += lengthMs
  })
  return slots
}

function slotAt(slots: readonly PhaseSlot[], withinCycleMs: number): PhaseSlot {
  for (const slot of slots) if (withinCycleMs < slot.endMs) return slot
  throw new Error(`No phase at ${withinCycleMs} ms: the position must lie within one cycle`)
}

/** Where in the cycle a breath is complete: the end of the last breath out (or the cycle's end if none). */
function breathEndMs(slots: readonly PhaseSlot[], cycleMs: number): number {
  return slots.findLast((slot) => slot.kind === 'out')?.endMs ?? cycleMs
}

/**
 * The moment `activeMs` of running time into a session. `sessionLengthMs: null` means "until I stop".
 * Fractional ms (as performance.now() gives) are fine: the remainder and the cycle start are exact.
 */
export function momentAtActiveMs(
  pattern: PhaseCycle,
  activeMs: number,
  sessionLengthMs: number | null = null,
): BreathingMoment {
  const finished = sessionLengthMs !== null && activeMs >= sessionLengthMs
  const at = finished ? sessionLengthMs : Math.max(0, activeMs)
  const cycleMs = cycleLengthMs(pattern)
  if (cycleMs === 0) {
    return { paced: false, activeMs: at, finished, anchorProgress: (at % naturalAnchorPeriodMs) / naturalAnchorPeriodMs }
  }
  const slots = slotsOf(pattern)
  // `%` on doubles is exact, and so is `at - withinCycle` (a whole multiple of cycleMs), so the cycle
  // and the position within it agree by construction, without relying on how a division rounds.
  const withinCycle = at % cycleMs
  const cycleStartMs = at - withinCycle
  const cycle = cycleStartMs / cycleMs
  const slot = slotAt(slots, withinCycle)
  return {
    paced: true,
    activeMs: at,
    finished,
    phaseIndex: slot.index,
    phase: slot.kind,
    progress: (withinCycle - slot.startMs) / (slot.endMs - slot.startMs),
    phaseStartMs: cycleStartMs + slot.startMs,
    phaseEndMs: cycleStartMs + slot.endMs,
    cycle,
    breathsCompleted: cycle + (withinCycle >= breathEndMs(slots, cycleMs) ? 1 : 0),
  }
}

/**
 * The moment `rawElapsedMs` after the session started on the steady clock (performance.now() − start),
 * with the paused spans taken out.
 */
export function breathingMomentAt(
  pattern: PhaseCycle,
  rawElapsedMs: number,
  pausedSpans: readonly PausedSpan[] = [],
  sessionLengthMs: number | null = null,
): BreathingMoment {
  return momentAtActiveMs(pattern, activeMsAt(rawElapsedMs, pausedSpans), sessionLengthMs)
}

/** The start of one phase, in running time since the session began. */
export interface PhaseBoundary {
  readonly atMs: number
  readonly cycle: number
  readonly phaseIndex: number
  readonly phase: PhaseKind
}

/**
 * Every phase start before `untilMs` of running time, in order (the first at 0). This is what the screen
 * should announce and when; the end-to-end tests compare what was announced against it. Natural rhythm
 * has no phases, so it has no boundaries.
 */
export function phaseBoundaries(pattern: PhaseCycle, untilMs: number): readonly PhaseBoundary[] {
  const cycleMs = cycleLengthMs(pattern)
  if (cycleMs === 0) return []
  const slots = slotsOf(pattern)
  const boundaries: PhaseBoundary[] = []
  for (let cycle = 0; cycle * cycleMs < untilMs; cycle++) {
    for (const slot of slots) {
      const atMs = cycle * cycleMs + slot.startMs
      if (atMs >= untilMs) break
      boundaries.push({ atMs, cycle, phaseIndex: slot.index, phase: slot.kind })
    }
  }
  return boundaries
}
