import type { Locale, Text } from '../../../electron/common/locale'

/**
 * The "find my phrases" helper: its questions, and how answers become wishes. Our default phrases, which
 * main reads too, are in electron/common/phrases.ts; main stores and checks the person's own lists.
 */

export interface FindPhrasesStep {
  id: 'need' | 'hear' | 'wishes'
  title: Text
  prompt: Text
  examples: readonly Text[]
}

/** The three steps of "find my phrases": two questions, then the answers become a few wishes. */
export const findPhrasesSteps: readonly FindPhrasesStep[] = [
  {
    id: 'need',
    title: { en: 'What do I need?', es: '¿Qué necesito?' },
    prompt: {
      en: 'What do you need, right now or on most days? A word or two is plenty.',
      es: '¿Qué necesitas, ahora o casi todos los días? Con una o dos palabras basta.',
    },
    examples: [
      { en: 'safe', es: 'a salvo' },
      { en: 'rest', es: 'descanso' },
      { en: 'peace', es: 'paz' },
      { en: 'courage', es: 'valor' },
      { en: 'to accept myself', es: 'aceptarme' },
    ],
  },
  {
    id: 'hear',
    title: { en: 'What do I need to hear?', es: '¿Qué necesito oír?' },
    prompt: {
      en: 'If a good friend could tell you one thing right now, what would you want it to be?',
      es: 'Si una buena amistad pudiera decirte una sola cosa ahora, ¿qué te gustaría oír?',
    },
    examples: [
      { en: "You're doing enough.", es: 'Ya haces suficiente.' },
      { en: "I'm here with you.", es: 'Aquí estoy contigo.' },
      { en: "It's okay to rest.", es: 'Está bien descansar.' },
      { en: "You're trying, and that counts.", es: 'Lo estás intentando, y eso cuenta.' },
    ],
  },
  {
    id: 'wishes',
    title: { en: 'A few simple wishes', es: 'Unos pocos deseos sencillos' },
    prompt: {
      en: 'Here are your answers as two to four short wishes. Keep what feels true and change any word.',
      es: 'Aquí tienes tus respuestas como dos a cuatro deseos breves. Quédate con lo que te suene verdadero y cambia lo que quieras.',
    },
    examples: [
      { en: 'May I feel safe.', es: 'Que me sienta a salvo.' },
      { en: 'May I find rest.', es: 'Que encuentre descanso.' },
    ],
  },
]

export const maxSuggestedWishes = 4

/**
 * Just enough grammar to turn a short answer into a wish, per language. Deliberately small: a word we
 * do not know is kept as the person wrote it (their own words are a fine phrase), never guessed at.
 */
interface WishGrammar {
  /** Leading words that carry no meaning of their own in a wish ("I need …"). */
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

const englishVerbs = new Set([
  'accept', 'allow', 'be', 'breathe', 'care', 'feel', 'find', 'forgive', 'give', 'have', 'hold', 'keep',
  'know', 'learn', 'let', 'live', 'love', 'meet', 'remember', 'rest', 'see', 'slow', 'stay', 'take', 'treat',
  'trust',
])

/** First-person present subjunctive of the verbs we expect, so "descansar" becomes "Que descanse". */
const spanishSubjunctive: Record<string, string> = {
  aceptar: 'acepte', confiar: 'confíe', cuidar: 'cuide', dar: 'dé', descansar: 'descanse',
  encontrar: 'encuentre', estar: 'esté', perdonar: 'perdone', permitir: 'permita', poder: 'pueda',
  recordar: 'recuerde', respirar: 'respire', saber: 'sepa', sentir: 'sienta', ser: 'sea', tener: 'tenga',
  tratar: 'trate', vivir: 'viva',
}

/** "sentirme" → "me sienta"; "descansar" → "descanse". */
function spanishVerb(word: string): string | undefined {
  const reflexive = word.endsWith('me') ? spanishSubjunctive[word.slice(0, -2)] : undefined
  if (reflexive) return `me ${reflexive}`
  return spanishSubjunctive[word]
}

const wishGrammar: Record<Locale, WishGrammar> = {
  en: {
    prefixes: ['i need to', 'i need', 'i want to', 'i want', "i'd like to", "i'd like", 'to'],
    alreadyAWish: /^may\s/i,
    toVerb: (word) => (englishVerbs.has(word) ? word : undefined),
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
  },
  es: {
    prefixes: ['necesito', 'quiero', 'me gustaría'],
    alreadyAWish: /^que\s/i,
    toVerb: spanishVerb,
    verbWish: (verbPhrase) => `Que ${verbPhrase}`,
    feelings: [
      'a salvo', 'aceptada', 'aceptado', 'acompañada', 'acompañado', 'bien', 'capaz', 'en calma', 'en paz',
      'escuchada', 'escuchado', 'fuerte', 'libre', 'querida', 'querido', 'segura', 'seguro', 'tranquila',
      'tranquilo', 'valorada', 'valorado',
    ],
    feelingWish: (feeling) => `Que me sienta ${feeling}`,
    things: [
      'aceptación', 'alegría', 'apoyo', 'calma', 'claridad', 'compañía', 'confianza', 'consuelo', 'descanso',
      'equilibrio', 'esperanza', 'espacio', 'fuerza', 'paciencia', 'paz', 'tiempo', 'tranquilidad', 'valor',
    ],
    thingWish: (thing) => `Que encuentre ${thing}`,
  },
}

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
export function suggestWish(answer: string, locale: Locale): string {
  const grammar = wishGrammar[locale]
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
export function answersToWishes(answers: readonly string[], locale: Locale): string[] {
  const wishes: string[] = []
  for (const answer of answers) {
    const wish = suggestWish(answer, locale)
    const isRepeat = wishes.some((kept) => kept.toLocaleLowerCase() === wish.toLocaleLowerCase())
    if (wish !== '' && !isRepeat) wishes.push(wish)
  }
  return wishes.slice(0, maxSuggestedWishes)
}
