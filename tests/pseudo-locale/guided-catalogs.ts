// Swapped in for electron/common/catalog/guided-index.ts by `npm run build:pseudo`: the guided practices'
// own words, with the pseudo-language built from English as the main catalog's is.
import { guidedCatalogs as real } from '../../electron/common/catalog/guided-index'
import type { GuidedWords } from '../../electron/common/catalog/guided-words'
import type { Locale } from '../../electron/common/locale'
import { pseudoLocalize } from './pseudo-localize.mjs'

export const guidedCatalogs = { ...real, xx: pseudoLocalize(real.en) } as Record<Locale, GuidedWords>
