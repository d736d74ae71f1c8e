import { createContext, useContext, type ReactNode } from 'react'
import { catalogs, type Catalog } from '../../../electron/common/catalog'
import type { Locale } from '../../../electron/common/locale'

const LocaleContext = createContext<Locale>('en')

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
}

/** The current language's catalog; keys are properties, so a missing one is a compile error, never a raw key. */
export function useText(): Catalog {
  return catalogs[useContext(LocaleContext)]
}

/** The current language, for Intl formatting (dates, times, numbers); words come from `useText()`. */
export function useLocale(): Locale {
  return useContext(LocaleContext)
}
