import type { WishGrammar } from './wish-grammar'

const verbs = new Set([
  'accept', 'allow', 'be', 'breathe', 'care', 'feel', 'find', 'forgive', 'give', 'have', 'hold', 'keep',
  'know', 'learn', 'let', 'live', 'love', 'meet', 'remember', 'rest', 'see', 'slow', 'stay', 'take', 'treat',
  'trust',
])

/** English: how "find my phrases" turns an answer into a wish ("safe" → "May I feel safe"). */
export const enWishGrammar: WishGrammar = {
  prefixes: ['i need to', 'i need', 'i want to', 'i want', "i'd like to", "i'd like", 'to'],
  alreadyAWish: /^may\s/i,
  toVerb: (word) => (verbs.has(word) ? word : undefined),
  verbWish: (verbPhrase) => `May I ${verbPhrase}`,
  feelings: [
    'accepted', 'at ease', 'at peace', 'calm', 'cared for', 'free', 'grounded', 'happy', 'healthy',
    'heard', 'loved', 'okay', 'peaceful', 'rested', 'safe', 'seen', 'steady', 'strong', 'supported',
    'understood', 'valued', 'well',
  ],
  feelingWish: (feeling) => `May I feel ${feeling}`,
  things: [
    'acceptance', 'balance', 'clarity', 'comfort', 'connection', 'courage', 'ease', 'hope', 'joy',
    'kindness', 'patience', 'peace', 'rest', 'space', 'strength', 'support', 'time', 'warmth',
  ],
  thingWish: (thing) => `May I find ${thing}`,
}
