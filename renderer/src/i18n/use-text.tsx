import { createContext, useContext, type ReactNode } from 'react'
import { en, type Catalog } from './catalog/en'
import { es } from './catalog/es'
import type { Locale } from '../../../electron/common/locale'

export const catalogs: Record<Locale, Catalog> = { en, es }

const LocaleContext = createContext<Locale>('en')

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
}

/** The current language's catalog; keys are properties, so a missing one is a compile error, never a raw key. */
export function useText(): Catalog {
  return catalogs[useContext(LocaleContext)]
}

/** The current language, for content data written as `Text` ({ en, es }). */
export function useLocale(): Locale {
  return useContext(LocaleContext)
}
