/**
 * The one catalog of words, one file per language with the same keys (a missing one is a compile error):
 * the window's screens, and under `main` what the main process shows.
 */
import type { Locale } from '../locale'
import { en, type Catalog } from './en'
import { es } from './es'

export type { Catalog }

export const catalogs: Record<Locale, Catalog> = { en, es }
