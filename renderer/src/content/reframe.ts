import type { PracticeWords } from '../../../electron/common/catalog/en-practices'

/**
 * The reframing journal's structure: its limits and the fields that have a prompt. The prompts' words are in
 * the catalog's `practices.reframe.prompts`, keyed by field.
 */

/** The same limits the journal enforces in main (a unit test keeps them equal). */
export const reframeLimits = {
  maxFieldCharacters: 10_000,
  /** The count appears only near the limit, so it never nags while someone is simply writing. */
  showCountFrom: 9_000,
  intensity: { min: 0, max: 10 },
} as const

/** A prompt as a field shows it: every field has a label; some have a hint or a placeholder. */
export interface Prompt {
  label: string
  hint?: string
  placeholder?: string
}

export type PromptField = keyof PracticeWords['reframe']['prompts']
