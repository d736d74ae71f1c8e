// Swapped in for electron/common/catalog/index.ts by `npm run build:pseudo`: the window's catalogs and
// the pseudo-language, built from English through the same `Catalog` type.
import { catalogs as real, type Catalog } from '../../electron/common/catalog'
import { en } from '../../electron/common/catalog/en'
import type { Locale } from '../../electron/common/locale'
import { pseudoLocalize } from './pseudo-localize.mjs'

const xx: Catalog = pseudoLocalize(en)

export type { Catalog }
export const catalogs = { ...real, xx } as Record<Locale, Catalog>
