import type { Text } from '../../../electron/common/locale'

/**
 * The reframing journal's prompts and chips, in our own words. The entry follows the three parts of
 * self-compassion: notice and name what is here, remember others feel it too, answer as a good friend
 * would. Thinking traps are an optional lens for people who like it, never a verdict on the thought.
 */

/** The same limits the journal enforces in main (a unit test keeps them equal). */
export const reframeLimits = {
  maxFieldCharacters: 10_000,
  /** The count appears only near the limit, so it never nags while someone is simply writing. */
  showCountFrom: 9_000,
  intensity: { min: 0, max: 10 },
} as const

export interface Prompt {
  label: Text
  hint?: Text
  placeholder?: Text
}

export const reframePrompts = {
  harshVoice: {
    label: { en: 'What is the critical voice saying?', es: '¿Qué te está diciendo la voz crítica?' },
    hint: {
      en: 'Write it the way you hear it. It will stay in view while you answer.',
      es: 'Escríbelo tal como lo oyes. Seguirá a la vista mientras respondes.',
    },
  },
  situation: {
    label: { en: 'What happened?', es: '¿Qué ha pasado?' },
    hint: { en: 'A few words are plenty.', es: 'Con unas pocas palabras basta.' },
  },
  feelings: {
    label: { en: 'What are you feeling?', es: '¿Qué sientes?' },
    hint: { en: 'Pick any that fit, or none.', es: 'Elige las que encajen, o ninguna.' },
  },
  intensityBefore: {
    label: { en: 'How strong is the feeling right now?', es: '¿Con qué fuerza lo sientes ahora?' },
    hint: { en: '0 is barely there, 10 is as strong as it gets.', es: '0 es casi nada; 10, lo más fuerte posible.' },
  },
  mindfulNaming: {
    label: { en: 'Name the moment', es: 'Ponle nombre al momento' },
    hint: { en: 'Plainly, without judging it.', es: 'Con sencillez, sin juzgarlo.' },
    placeholder: { en: 'This is a moment of…', es: 'Este es un momento de…' },
  },
  commonHumanity: {
    label: { en: 'You are not the only one', es: 'No te pasa solo a ti' },
    hint: { en: 'Who else might feel this way?', es: '¿Quién más podría sentirse así?' },
    placeholder: { en: 'Other people feel this when…', es: 'Otras personas lo sienten cuando…' },
  },
  kindReply: {
    label: { en: 'What would a good friend say to you?', es: '¿Qué te diría una buena amiga o un buen amigo?' },
    hint: {
      en: 'If the words do not come, ask yourself: what do I need to hear right now?',
      es: 'Si no te salen las palabras, pregúntate: ¿qué necesito oír ahora mismo?',
    },
  },
  intensityAfter: {
    label: { en: 'And how strong is the feeling now?', es: '¿Y con qué fuerza lo sientes ahora?' },
    hint: { en: 'Any change is fine, and so is none.', es: 'Cualquier cambio está bien, y que no cambie también.' },
  },
  thinkingTraps: {
    label: { en: 'Any thinking traps?', es: '¿Alguna trampa del pensamiento?' },
    hint: {
      en: 'Only if this way of looking helps you. It is fine to leave it.',
      es: 'Solo si esta forma de mirar te ayuda. Puedes dejarlo.',
    },
  },
} satisfies Record<string, Prompt>

export type PromptField = keyof typeof reframePrompts
