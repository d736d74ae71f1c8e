// Swapped in for electron/common/catalog/shared.ts by `npm run build:pseudo`.
import { sharedWords as real, type SharedWords } from '../../electron/common/catalog/shared'
import { enShared } from '../../electron/common/catalog/en-shared'
import type { Locale } from '../../electron/common/locale'
import { pseudoLocalize } from './pseudo-localize.mjs'

const xx: SharedWords = pseudoLocalize(enShared)

export type { SharedWords }
export const sharedWords = { ...real, xx } as Record<Locale, SharedWords>
