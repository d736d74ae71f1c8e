/**
 * The main process's words, in each language: the `main` part of the one catalog (electron/common/catalog),
 * which the window's words share.
 */
import { catalogs } from '../common/catalog'
import type { MainWords } from '../common/catalog/main-words'
import type { Locale } from '../common/locale'

export type MainText = MainWords

export const mainText: Record<Locale, MainText> = { en: catalogs.en.main, es: catalogs.es.main }
