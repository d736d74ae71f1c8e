import type { PhraseStep } from '../../../electron/common/phrases'

/**
 * The self-compassion break: three short cards (noticing, remembering others, offering kindness),
 * optionally started from a word for what is hard. Steps share their ids with the phrase bank, so each
 * card shows the person's own phrases for that step. Their words are in the catalog's
 * `practices.compassionBreak`, keyed by these ids.
 */

export interface BreakStep {
  id: PhraseStep
  seconds: number
}

export interface KindnessStep extends BreakStep {
  id: 'kindness'
  /** The kindness card begins with a soothing-touch cue (always optional). */
  offersTouch: true
}

export const breakStepSeconds = { min: 20, max: 40 } as const

/** The three cards, in the order they are shown. */
export const compassionBreakSteps: readonly [BreakStep, BreakStep, KindnessStep] = [
  { id: 'mindfulness', seconds: 30 },
  { id: 'humanity', seconds: 25 },
  { id: 'kindness', seconds: 40, offersTouch: true },
]

/** How long the word for what is hard may be: a short phrase; the break is not the place for a whole story (the journal is). */
export const difficultyMaxLength = 80

/** A line that mentions the person's word when there is one, and reads just as well without it. */
export interface DifficultyLine {
  /** Puts the word into the sentence, exactly once and as it is. */
  template: (difficulty: string) => string
  fallback: string
}

/**
 * Puts the person's word into a line, or uses the line's fallback when they left it empty. The word is
 * tidied (spaces) and trimmed to the question's length limit, never interpreted.
 */
export function weaveDifficulty(line: DifficultyLine, difficulty: string): string {
  const word = [...difficulty.trim().replace(/\s+/g, ' ')].slice(0, difficultyMaxLength).join('')
  return word === '' ? line.fallback : line.template(word)
}
