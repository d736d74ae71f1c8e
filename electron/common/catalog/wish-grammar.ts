/**
 * Just enough grammar to turn a short answer into a wish, per language (renderer/src/content/phrases.ts
 * applies it). Deliberately small: a word the grammar does not know is kept as the person wrote it (their own
 * words are a fine phrase), never guessed at.
 */
export interface WishGrammar {
  /** Leading words that carry no meaning of their own in a wish ("I need …"), lower case. */
  prefixes: readonly string[]
  /** A phrase starting like this is already a wish. */
  alreadyAWish: RegExp
  /** The verb form a wish needs when the answer starts with a known verb, else undefined. */
  toVerb: (firstWord: string) => string | undefined
  verbWish: (verbPhrase: string) => string
  feelings: readonly string[]
  feelingWish: (feeling: string) => string
  things: readonly string[]
  thingWish: (thing: string) => string
}
