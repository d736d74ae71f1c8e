/**
 * The shape of a breathing pattern, shared by the content (which writes patterns down) and the timeline
 * (which turns one into phases over time). Pure types and arithmetic, no text.
 */

/** One part of a breath. `top-up` is the short second inhale of a physiological sigh. */
export const phaseKinds = ['in', 'top-up', 'hold-in', 'out', 'hold-out'] as const
export type PhaseKind = (typeof phaseKinds)[number]

/** A phase as people think of it: a kind and a length in seconds (0 means "skip this phase"). */
export interface BreathPhase {
  readonly kind: PhaseKind
  readonly seconds: number
}

/** Anything the timeline can pace: an ordered cycle of phases. No phases means "no pace target". */
export interface PhaseCycle {
  readonly phases: readonly BreathPhase[]
}

export const isHold = (kind: PhaseKind): boolean => kind === 'hold-in' || kind === 'hold-out'

/**
 * Whole milliseconds, so that every boundary is an integer and can be computed exactly from the cycle
 * length at any distance from the start. Patterns use 0.5 s steps, so rounding never changes them.
 */
export const phaseMs = (phase: BreathPhase): number => Math.round(phase.seconds * 1000)

/** One full cycle of the pattern, in ms. Zero for a pattern that paces nothing. */
export const cycleLengthMs = (cycle: PhaseCycle): number =>
  cycle.phases.reduce((total, phase) => total + phaseMs(phase), 0)

/** Whether the pattern asks for any hold (the screen labels holds as optional when it does). */
export const patternHasHolds = (cycle: PhaseCycle): boolean =>
  cycle.phases.some((phase) => isHold(phase.kind) && phaseMs(phase) > 0)
