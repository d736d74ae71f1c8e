import type { PhaseCycle, PhaseKind } from './pattern'
import type { BreathingMoment } from './timeline'

/**
 * What the breathing shape looks like at a moment, as two numbers the screen writes straight into a
 * compositor-only style (transform: scale, opacity), so a frame never triggers layout or paint.
 */
export interface ShapeFrame {
  /** The circle's scale: grows with the breath in, shrinks with the breath out. */
  readonly scale: number
  /** How strongly the inner colour shows: the cue that remains when motion is reduced. */
  readonly glow: number
}

/**
 * In a physiological sigh the first inhale fills most of the way and the short top-up fills the rest,
 * so the shape shows two breaths in rather than one that stalls.
 */
const fullnessBeforeTopUp = 0.8

/** Sine in-out: a calm breath starts slowly, flows, and eases off as the lungs fill or empty. */
export const easeBreath = (progress: number): number => (1 - Math.cos(Math.PI * progress)) / 2

const lerp = (from: number, to: number, amount: number): number => from + (to - from) * amount

const hasTopUp = (pattern: PhaseCycle): boolean =>
  pattern.phases.some((phase) => phase.kind === 'top-up' && phase.seconds > 0)

/** How full the breath is meant to be, from 0 (empty) to 1 (full), within one phase. */
export function breathFullness(pattern: PhaseCycle, kind: PhaseKind, progress: number): number {
  const eased = easeBreath(progress)
  const topOfFirstInhale = hasTopUp(pattern) ? fullnessBeforeTopUp : 1
  switch (kind) {
    case 'in':
      return lerp(0, topOfFirstInhale, eased)
    case 'top-up':
      return lerp(fullnessBeforeTopUp, 1, eased)
    case 'hold-in':
      return 1
    case 'out':
      return lerp(1, 0, eased)
    case 'hold-out':
      return 0
  }
}

/** Scales of an empty and a full paced breath: a clear change that still fits the window at 200 % zoom. */
const pacedScale = { empty: 0.45, full: 1 } as const
/**
 * The natural-rhythm anchor barely moves (a tenth of the paced range) and drifts on a 24 s period, so it
 * reads as something alive to rest the eyes on, not as a rhythm to follow.
 */
const anchorScale = { empty: 0.8, full: 0.9 } as const
/** With motion reduced the circle stays still and only its colour deepens and fades, on the same timing. */
const glowRange = { empty: 0.2, full: 1 } as const
const anchorGlowRange = { empty: 0.45, full: 0.7 } as const

/** The shape at a moment; `reducedMotion` keeps the scale fixed and leaves the timing to the colour alone. */
export function shapeFrame(pattern: PhaseCycle, moment: BreathingMoment, reducedMotion: boolean): ShapeFrame {
  if (!moment.paced) {
    // A full cosine turn per period, so the drift has no jump where one period meets the next.
    const fullness = (1 - Math.cos(2 * Math.PI * moment.anchorProgress)) / 2
    return {
      scale: reducedMotion ? anchorScale.full : lerp(anchorScale.empty, anchorScale.full, fullness),
      glow: lerp(anchorGlowRange.empty, anchorGlowRange.full, fullness),
    }
  }
  const fullness = breathFullness(pattern, moment.phase, moment.progress)
  return {
    scale: reducedMotion ? pacedScale.full : lerp(pacedScale.empty, pacedScale.full, fullness),
    glow: lerp(glowRange.empty, glowRange.full, fullness),
  }
}
