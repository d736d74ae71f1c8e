/** The languages Kindbreak speaks. Every piece of text the person sees exists in each of them. */
export const locales = ['en', 'es'] as const
export type Locale = (typeof locales)[number]

/** Text written for people, in every supported language (a missing translation is a type error). */
export type Text = Record<Locale, string>
