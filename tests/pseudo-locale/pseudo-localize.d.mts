export function pseudoText(text: string): string
/** Keeps the catalog's type: the pseudo-language is checked against the same shape as every other. */
export function pseudoLocalize<T>(words: T): T
