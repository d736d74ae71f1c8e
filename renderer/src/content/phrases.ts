import type { PracticeWords } from '../../../electron/common/catalog/en-practices'
import type { WishGrammar } from '../../../electron/common/catalog/wish-grammar'

/**
 * The "find my phrases" helper: the order of its steps, and how answers become wishes. Its words and each
 * language's wish grammar are in the catalog's `practices.findPhrases`; our default phrases, which main
 * reads too, are in its shared words; main stores and checks the person's own lists.
 */

/** Two questions, then the answers become a few wishes; checked against the catalog's keys. */
export const findPhrasesSteps = ['need', 'hear', 'wishes'] as const satisfies readonly (keyof PracticeWords['findPhrases']['steps'])[]
export type FindPhrasesStep = (typeof findPhrasesSteps)[number]

export const maxSuggestedWishes = 4

function capitaliseFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

/** Trims spaces, quotes and closing punctuation ("  Safe! " → "Safe"). */
function tidyAnswer(answer: string): string {
  return answer
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^["'“‘«¡¿\s]+|["'”’».!¡?¿…\s]+$/g, '')
}

/** Lower case with typographic apostrophes straightened, for comparing with the word lists. */
function matchingKey(text: string): string {
  return text.toLocaleLowerCase().replace(/’/g, "'")
}

/** How many leading characters are a filler prefix such as "I need ". */
function prefixLength(text: string, prefixes: readonly string[]): number {
  const key = matchingKey(text)
  const prefix = prefixes.find((candidate) => key.startsWith(`${candidate} `))
  return prefix === undefined ? 0 : prefix.length + 1
}

/**
 * Turns one short answer into a gentle wish where the words make that clear ("safe" → "May I feel safe",
 * "necesito descansar" → "Que descanse"); anything else comes back tidied but otherwise as written.
 * Returns '' for an empty answer. The person always edits the result.
 */
export function suggestWish(answer: string, grammar: WishGrammar): string {
  const tidy = tidyAnswer(answer)
  if (tidy === '' || grammar.alreadyAWish.test(tidy)) return capitaliseFirst(tidy)
  const core = tidy.slice(prefixLength(tidy, grammar.prefixes))
  const key = matchingKey(core)
  const [firstWord = '', ...rest] = core.split(' ')
  const verb = grammar.toVerb(matchingKey(firstWord))
  if (verb !== undefined) return grammar.verbWish([verb, ...rest].join(' '))
  if (grammar.feelings.includes(key)) return grammar.feelingWish(key)
  if (grammar.things.includes(key)) return grammar.thingWish(key)
  return capitaliseFirst(tidy)
}

/** The helper's last step: every answer as a wish, without blanks or repeats, at most four. */
export function answersToWishes(answers: readonly string[], grammar: WishGrammar): string[] {
  const wishes: string[] = []
  for (const answer of answers) {
    const wish = suggestWish(answer, grammar)
    const isRepeat = wishes.some((kept) => kept.toLocaleLowerCase() === wish.toLocaleLowerCase())
    if (wish !== '' && !isRepeat) wishes.push(wish)
  }
  return wishes.slice(0, maxSuggestedWishes)
}
