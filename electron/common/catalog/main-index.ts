/**
 * The main process's words, in each language: the `main`, `shared` and `journalFields` parts of the one
 * catalog, read from their own files so the main bundle does not carry the window's words.
 */
import type { Locale } from '../locale'
import { enMain } from './en-main'
import { enJournal } from './en-problems'
import { esMain } from './es-main'
import { esJournal } from './es-problems'
import type { MainWords } from './main-words'
import type { JournalFieldWords } from './problem-words'
import { sharedWords, type SharedWords } from './shared'

/**
 * What main words itself; under `shared` what it shows as the window does (default phrases, chips, crisis
 * lines); under `journalFields` the readable export's title and field names.
 */
export type MainText = MainWords & { shared: SharedWords; journalFields: JournalFieldWords }

export const mainText: Record<Locale, MainText> = {
  en: { ...enMain, shared: sharedWords.en, journalFields: enJournal },
  es: { ...esMain, shared: sharedWords.es, journalFields: esJournal },
}
