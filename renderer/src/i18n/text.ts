import type { Locale } from '../../../electron/contract'

export type { Locale }

/** Text written for people, in every supported language (a missing translation is a type error). */
export type Text = Record<Locale, string>
