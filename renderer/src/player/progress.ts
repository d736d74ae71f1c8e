import type { GuidedStep } from '../content/guided/types'

/** What the player needs of a step: how long it lasts, and whether it waits for the person. */
type TimedStep = Pick<GuidedStep, 'seconds' | 'away' | 'answer'>

/**
 * Where a guided practice is, as a plain value. Time is the practice's running time (pauses removed, read
 * from the session clock); a timed step ends at its start plus its seconds, and the next begins exactly
 * there, so late timers never add up to drift. A step without seconds, a step that asks for an answer, and
 * a walk's step once its time is up, wait for the person.
 */
export interface PlayerProgress {
  /** The index of the current step; equal to the number of steps once the practice is over. */
  readonly at: number
  /** Running ms at which the current step began. */
  readonly stepStartMs: number
}

export const firstStep: PlayerProgress = { at: 0, stepStartMs: 0 }

export const isOver = (steps: readonly TimedStep[], progress: PlayerProgress): boolean => progress.at >= steps.length

/** A step with no seconds, a question (typing is never cut off) or a walk waits for the person to move on. */
export const waitsForPerson = (step: TimedStep): boolean => step.seconds === null || step.away === true || step.answer === true

/** Running ms at which the current step ends by itself, or null when it waits for the person. */
export function stepEndMs(steps: readonly TimedStep[], progress: PlayerProgress): number | null {
  const step = steps[progress.at]
  if (step === undefined || step.seconds === null || waitsForPerson(step)) return null
  return progress.stepStartMs + step.seconds * 1000
}

/** The steps that have run their time by `runningMs`, passed; a step that waits stops it there. */
export function advance(steps: readonly TimedStep[], progress: PlayerProgress, runningMs: number): PlayerProgress {
  let current = progress
  for (let end = stepEndMs(steps, current); end !== null && runningMs >= end; end = stepEndMs(steps, current)) {
    current = { at: current.at + 1, stepStartMs: end }
  }
  return current
}

/** The person moved on (Next, "go on when you are ready", "I am back"): the next step begins now. */
export function moveOn(steps: readonly TimedStep[], progress: PlayerProgress, runningMs: number): PlayerProgress {
  if (isOver(steps, progress)) return progress
  return { at: progress.at + 1, stepStartMs: Math.max(progress.stepStartMs, runningMs) }
}

/** The person went back a step: it begins again now. */
export function moveBack(progress: PlayerProgress, runningMs: number): PlayerProgress {
  return { at: Math.max(0, progress.at - 1), stepStartMs: Math.max(progress.stepStartMs, runningMs) }
}

/** How far through its time the current step is, 0 to 1 (0 for a step that waits). */
export function stepFraction(steps: readonly TimedStep[], progress: PlayerProgress, runningMs: number): number {
  const step = steps[progress.at]
  if (step === undefined || step.seconds === null) return 0
  return Math.min(1, Math.max(0, (runningMs - progress.stepStartMs) / (step.seconds * 1000)))
}
