/** The languages Kindbreak speaks, in the main process and in the window alike. */
export const locales = ['en', 'es'] as const
export type Locale = (typeof locales)[number]

/** Text written for people, in every supported language (a missing translation is a type error). */
export type Text = Record<Locale, string>

/** Picks the supported language closest to a system locale such as "es-MX"; English otherwise. */
export function pickLocale(systemLocale: string): Locale {
  const language = systemLocale.toLowerCase().split(/[-_]/)[0]
  return locales.find((locale) => locale === language) ?? 'en'
}
