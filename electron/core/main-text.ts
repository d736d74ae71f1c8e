/**
 * The main process's words, in each language: the `main` part of the one catalog (electron/common/catalog),
 * read from its own files so the main bundle does not carry the window's words.
 */
import { enMain } from '../common/catalog/en-main'
import { esMain } from '../common/catalog/es-main'
import type { MainWords } from '../common/catalog/main-words'
import type { Locale } from '../common/locale'

export type MainText = MainWords

export const mainText: Record<Locale, MainText> = { en: enMain, es: esMain }
