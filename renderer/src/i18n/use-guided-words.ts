import { useEffect, useState } from 'react'
import type { GuidedWords } from '../../../electron/common/catalog/guided-words'
import type { Locale } from '../../../electron/common/locale'
import { useLocale } from './use-text'

type AllGuidedWords = Record<Locale, GuidedWords>

// Loaded once per window, on the first guided practice opened, and kept: the chunk is small enough to hold.
let loaded: AllGuidedWords | null = null
let loading: Promise<AllGuidedWords> | null = null
const load = () =>
  (loading ??= import('../../../electron/common/catalog/guided-index').then((module) => (loaded = module.guidedCatalogs)))

/**
 * The guided practices' own words in the window's language, or null for the moment they are loading
 * (catalog/guided-index.ts is a chunk of its own, fetched from the app's bundle, never the network).
 */
export function useGuidedWords(): GuidedWords | null {
  const locale = useLocale()
  const [words, setWords] = useState<AllGuidedWords | null>(loaded)
  useEffect(() => {
    if (words !== null) return
    let active = true
    void load().then((all) => {
      if (active) setWords(all)
    })
    return () => {
      active = false
    }
  }, [words])
  return words?.[locale] ?? null
}
