// Swapped in for electron/common/catalog/languages.ts by `npm run build:pseudo`: the real languages and
// the test-only pseudo-language "xx", added the way a new language is added.
import { locales as real } from '../../electron/common/catalog/languages'

export const locales = [...real, 'xx'] as unknown as typeof real
