import type { SharedWords } from './catalog/en-shared'
import { sharedWords } from './catalog/shared'
import type { Locale } from './locale'

/**
 * The steps of the self-compassion break that have kind phrases. Our default phrases for each are in the
 * catalog's shared words (electron/common/catalog/*-shared.ts); both processes read them: the window shows
 * them, and main starts a person's own lists from them (electron/core/phrases.ts checks every change), so
 * the window never has to send them along.
 */
export const phraseSteps = ['mindfulness', 'humanity', 'kindness'] as const satisfies readonly (keyof SharedWords['phrases'])[]
export type PhraseStep = (typeof phraseSteps)[number]

/** A person's lists, one per step: plain strings in their language. */
export type PhraseBank = Record<PhraseStep, string[]>

/** The defaults as the person's editable lists, in their language (copies: editing one never touches the catalog). */
export function defaultPhraseBank(locale: Locale): PhraseBank {
  const phrases = sharedWords[locale].phrases
  return {
    mindfulness: [...phrases.mindfulness],
    humanity: [...phrases.humanity],
    kindness: [...phrases.kindness],
  }
}

/** Two lists are the same when they hold the same phrases in the same order. */
export function samePhrases(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((phrase, at) => phrase === b[at])
}
