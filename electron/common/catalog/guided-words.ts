import type { GuidedPracticeId } from '../library'

/** What a practice can rest attention on: the breath, or for anyone for whom the breath is not a calm place, something else. */
export const anchors = ['breath', 'feet', 'hands', 'sounds'] as const
export type Anchor = (typeof anchors)[number]
export type OtherAnchor = Exclude<Anchor, 'breath'>

/** One step's words. */
export interface GuidedStepWords {
  /** Short: announced as the step begins, and read aloud first. */
  title: string
  /** One to three short sentences of guidance. */
  lines: readonly string[]
  /** For a step that follows the anchor: its lines for each anchor other than the breath. */
  anchored?: Partial<Record<OtherAnchor, readonly string[]>>
  /** For a step that asks for a short answer: the field's label. */
  answerLabel?: string
}

/** How the library and the path name a guided practice; in the window's main catalog, for the lists. */
export interface GuidedName {
  name: string
  /** One line in the library. */
  summary: string
}

export type GuidedNames = Readonly<Record<GuidedPracticeId, GuidedName>>

/**
 * One guided practice's own words: its first and last words, and each step by id. Loaded when a practice
 * is opened (catalog/guided-index.ts), not with the window: most screens never need them.
 */
export interface GuidedPracticeWords {
  /** Shown before it begins, with its length and anchor choices. */
  intro: string
  closing: string
  steps: Readonly<Record<string, GuidedStepWords>>
}

export type GuidedWords = Readonly<Record<GuidedPracticeId, GuidedPracticeWords>>
