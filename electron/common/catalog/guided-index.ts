/**
 * The guided practices' own words (intro, steps, closing) in every language: a chunk of its own that the
 * window loads when a guided practice opens, so the first screen never waits for words it does not show.
 * Each language's files are typed by the English ones (a missing step is a compile error); the practices'
 * names are in the main catalog (`guidedNames`).
 */
import type { Locale } from '../locale'
import { enGuidedSettle } from './en-guided-settle'
import { enGuidedWarmth } from './en-guided-warmth'
import { esGuidedSettle } from './es-guided-settle'
import { esGuidedWarmth } from './es-guided-warmth'
import type { GuidedWords } from './guided-words'

export const guidedCatalogs: Record<Locale, GuidedWords> = {
  en: { ...enGuidedSettle, ...enGuidedWarmth },
  es: { ...esGuidedSettle, ...esGuidedWarmth },
}
