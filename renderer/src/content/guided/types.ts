import type { Anchor } from '../../../../electron/common/catalog/guided-words'
import type { GuidedPracticeId } from '../../../../electron/common/library'
import type { TouchCueId } from '../touch'

/**
 * A guided practice as data: the player plays any of these. Words are in the catalog's `guided[id].steps`,
 * keyed by each step's id; this holds only the structure (order, seconds, what a step shows).
 */
export interface GuidedStep {
  /** The key of its words. A step may appear more than once (a body region returned to, say). */
  id: string
  /** How long it lasts, or null: it waits until the person moves on ("when you are ready"). */
  seconds: number | null
  /** A soothing-touch cue shown with the step (always optional, as touch is everywhere). */
  touch?: TouchCueId
  /** A gentle shape that grows and settles with a breath of these lengths; only while the anchor is the breath. */
  pace?: { inSeconds: number; outSeconds: number }
  /** Its words follow the anchor chosen before the practice. */
  anchored?: true
  /**
   * Asks for a short answer, kept only while the practice lasts. The step then waits for the person
   * whatever its seconds (which count towards the length as a guide): typing is never cut off.
   */
  answer?: true
  /** Shows the person's own kind wishes (the phrase bank), or ours until they have some. */
  phrases?: true
  /** The person is away from the screen (a walk): the step waits for them and welcomes them back. */
  away?: true
}

export interface GuidedLength {
  /** What the practice says it takes; the steps' seconds add up to about this (a test checks). */
  minutes: number
  steps: readonly GuidedStep[]
}

export interface GuidedPractice {
  id: GuidedPracticeId
  /** Its lengths, shortest first (the library's lengths are these). */
  lengths: readonly GuidedLength[]
  /** The anchors offered, the first the usual one; breath-based practices offer at least one other. */
  anchors?: readonly Anchor[]
}
