import type { Locale, Text } from '../../../electron/common/locale'
import { defaultPhrases, type PhraseStep } from '../../../electron/common/phrases'

/**
 * The self-compassion break: three short cards (noticing, remembering others, offering kindness),
 * optionally started from a word for what is hard. Steps share their ids with the phrase bank, so each
 * card shows the person's own phrases for that step.
 */

/** Where the person's word for what is hard goes in a line. */
export const difficultyPlaceholder = '{difficulty}'

/** A line that mentions the person's word when there is one, and reads just as well without it. */
export interface DifficultyLine {
  /** Contains `{difficulty}` exactly once. */
  template: Text
  fallback: Text
}

export interface BreakStep {
  id: PhraseStep
  title: Text
  guidance: readonly Text[]
  difficultyLine: DifficultyLine
  seconds: number
  /** Offered when the person has not written phrases of their own for this step. */
  suggestions: readonly Text[]
}

export interface KindnessStep extends BreakStep {
  id: 'kindness'
  /** For when no words come. */
  needPrompt: Text
  /** The kindness card begins with a soothing-touch cue (always optional). */
  offersTouch: true
}

export const breakStepSeconds = { min: 20, max: 40 } as const

const mindfulness: BreakStep = {
  id: 'mindfulness',
  title: { en: 'Notice what is here', es: 'Nota lo que hay' },
  guidance: [
    {
      en: 'Bring to mind something a little difficult, not the hardest thing in your life.',
      es: 'Trae a la mente algo un poco difícil, no lo más duro de tu vida.',
    },
    {
      en: 'Where do you feel it in your body? Let it be there for a moment.',
      es: '¿Dónde lo notas en el cuerpo? Deja que esté ahí un momento.',
    },
    {
      en: 'Name it simply, the way you might say it to yourself.',
      es: 'Ponle un nombre sencillo, como te lo dirías a ti.',
    },
  ],
  difficultyLine: {
    template: {
      en: 'You named it: “{difficulty}”. Notice where it sits in your body.',
      es: 'Le pusiste nombre: «{difficulty}». Nota dónde se siente en tu cuerpo.',
    },
    fallback: {
      en: 'Notice where this difficulty sits in your body.',
      es: 'Nota dónde se siente esta dificultad en tu cuerpo.',
    },
  },
  seconds: 30,
  suggestions: defaultPhrases.mindfulness,
}

const humanity: BreakStep = {
  id: 'humanity',
  title: { en: 'You are not alone in this', es: 'Esto no te pasa solo a ti' },
  guidance: [
    {
      en: 'Right now, many people feel something like this too.',
      es: 'Ahora mismo, mucha gente siente algo parecido.',
    },
    {
      en: 'Struggling does not mean something is wrong with you: it is part of being human.',
      es: 'Pasarlo mal no significa que algo vaya mal en ti: es parte de ser humano.',
    },
  ],
  difficultyLine: {
    template: {
      en: 'Somewhere, others are carrying their own “{difficulty}” today.',
      es: 'En algún lugar, otras personas cargan hoy con su propio «{difficulty}».',
    },
    fallback: {
      en: 'Somewhere, others are carrying something like this today.',
      es: 'En algún lugar, otras personas cargan hoy con algo parecido.',
    },
  },
  seconds: 25,
  suggestions: defaultPhrases.humanity,
}

const kindness: KindnessStep = {
  id: 'kindness',
  title: { en: 'Offer yourself kindness', es: 'Ofrécete amabilidad' },
  guidance: [
    {
      en: 'If you like, rest a hand somewhere soothing, or simply imagine it.',
      es: 'Si quieres, apoya una mano donde te reconforte, o simplemente imagínalo.',
    },
    {
      en: 'What would you say to a good friend who felt this way? Try saying it to yourself.',
      es: '¿Qué le dirías a una buena amistad que se sintiera así? Prueba a decírtelo a ti.',
    },
  ],
  difficultyLine: {
    template: {
      en: 'With “{difficulty}” here, what kind words would help?',
      es: 'Con «{difficulty}» aquí, ¿qué palabras amables te ayudarían?',
    },
    fallback: {
      en: 'With this here, what kind words would help?',
      es: 'Con esto aquí, ¿qué palabras amables te ayudarían?',
    },
  },
  seconds: 40,
  suggestions: defaultPhrases.kindness,
  needPrompt: {
    en: 'Stuck for words? Ask yourself: what do I need to hear right now?',
    es: '¿No te salen las palabras? Pregúntate: ¿qué necesito oír ahora mismo?',
  },
  offersTouch: true,
}

/** The three cards, in the order they are shown. */
export const compassionBreakSteps: readonly [BreakStep, BreakStep, KindnessStep] = [mindfulness, humanity, kindness]

/** The optional one-line start: a word for what is hard, carried through the cards. */
export const difficultyQuestion = {
  prompt: { en: 'What is hard right now?', es: '¿Qué te está costando ahora?' } satisfies Text,
  placeholder: {
    en: 'A word or a few, e.g. “the deadline” (optional)',
    es: 'Una palabra o unas pocas, p. ej. «la entrega» (opcional)',
  } satisfies Text,
  /** Long enough for a short phrase; the break is not the place for a whole story (the journal is). */
  maxLength: 80,
} as const

/**
 * Puts the person's word into a line, or uses the line's fallback when they left it empty. The word is
 * inserted literally (never interpreted) and trimmed to the question's length limit.
 */
export function weaveDifficulty(line: DifficultyLine, difficulty: string, locale: Locale): string {
  const word = [...difficulty.trim().replace(/\s+/g, ' ')].slice(0, difficultyQuestion.maxLength).join('')
  if (word === '') return line.fallback[locale]
  return line.template[locale].split(difficultyPlaceholder).join(word)
}
