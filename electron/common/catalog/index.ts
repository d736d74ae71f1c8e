/**
 * The one catalog of words, one set of files per language with the same keys (a missing one is a compile
 * error): the window's screens; under `practices` the practices' words, keyed by their content's ids; under
 * `shared` what both processes show; under `main` what the main process shows.
 */
import type { Locale } from '../locale'
import { en, type Catalog } from './en'
import { es } from './es'

export type { Catalog }

export const catalogs: Record<Locale, Catalog> = { en, es }
