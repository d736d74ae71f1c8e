import type { Catalog } from '../../../electron/common/catalog/en'

/**
 * The usual doubts about being kind to oneself ("Isn't this self-pity?"), in the order the page answers
 * them. Their questions and answers are in the catalog's `doubts.items`, keyed by these ids, so a doubt
 * without words does not compile.
 */
export const doubtIds = ['selfPity', 'indulgence', 'weakness', 'motivation', 'selfish'] as const satisfies readonly (keyof Catalog['doubts']['items'])[]
export type DoubtId = (typeof doubtIds)[number]
