// A test-only pseudo-language: every word of a catalog with its letters swapped for accented look-alikes
// ("Settings" → "Šéţţíñĝš"). Text that reaches the screen still in plain ASCII letters was not worded by the
// catalog, which is what tests/e2e/pseudo-locale.test.mjs looks for on every screen. Plain JavaScript so
// the e2e test (plain Node) and the pseudo build (TypeScript, through pseudo-localize.d.mts) share it.

const plain = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
const accented = [...'áƀçďéƒĝĥíĵķĺɱñóƥʠŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓƤǪŔŠŢÚṼŴẊÝŽ']
const swap = new Map([...plain].map((letter, index) => [letter, accented[index]]))

/** The pseudo-language's version of an English text. */
export function pseudoText(text) {
  return [...text].map((character) => swap.get(character) ?? character).join('')
}

/**
 * The same catalog with every string swapped: strings directly, and what a wording function returns (its
 * parameters included, which is harmless: the test only asks that no plain word is left). Patterns
 * (RegExp) are how a language reads a person's words, not words shown, so they stay as they are.
 */
export function pseudoLocalize(words) {
  if (typeof words === 'string') return pseudoText(words)
  if (typeof words === 'function') return (...args) => pseudoLocalize(words(...args))
  if (Array.isArray(words)) return words.map((item) => pseudoLocalize(item))
  if (words instanceof RegExp) return words
  if (typeof words === 'object' && words !== null) {
    return Object.fromEntries(Object.entries(words).map(([key, value]) => [key, pseudoLocalize(value)]))
  }
  return words
}
