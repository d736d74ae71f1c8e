/**
 * The shared words of every language, for the shared layer's own functions (the default phrase bank, the
 * export's chip labels). Imports no other part of the catalog, so main gets these without the window's words.
 */
import type { Locale } from '../locale'
import { enShared, type SharedWords } from './en-shared'
import { esShared } from './es-shared'

export type { SharedWords }

export const sharedWords: Record<Locale, SharedWords> = { en: enShared, es: esShared }
