import { locales } from './catalog/languages'

/** The languages Kindbreak speaks, in the main process and in the window alike; each has its files in catalog/. */
export { locales }
export type Locale = (typeof locales)[number]

/** Picks the supported language closest to a system locale such as "es-MX"; English otherwise. */
export function pickLocale(systemLocale: string): Locale {
  const language = systemLocale.toLowerCase().split(/[-_]/)[0]
  return locales.find((locale) => locale === language) ?? 'en'
}
