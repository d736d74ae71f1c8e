// Swapped in for electron/common/catalog/main-index.ts by `npm run build:pseudo`: what main shows, in the
// pseudo-language too (tray, notifications, dialogs, menus, the readable export).
import { mainText as real, type MainText } from '../../electron/common/catalog/main-index'
import type { Locale } from '../../electron/common/locale'
import { pseudoLocalize } from './pseudo-localize.mjs'

const xx: MainText = pseudoLocalize(real.en)

export type { MainText }
export const mainText = { ...real, xx } as Record<Locale, MainText>
