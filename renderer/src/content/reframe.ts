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

export interface Chip {
  /** Stored in entries: lower-case letters, digits and dashes, never renamed once shipped. */
  id: string
  label: Text
}

export const feelingChips: readonly Chip[] = [
  { id: 'anxious', label: { en: 'Anxious', es: 'Ansiedad' } },
  { id: 'ashamed', label: { en: 'Ashamed', es: 'Vergüenza' } },
  { id: 'sad', label: { en: 'Sad', es: 'Tristeza' } },
  { id: 'angry', label: { en: 'Angry', es: 'Enfado' } },
  { id: 'lonely', label: { en: 'Lonely', es: 'Soledad' } },
  { id: 'overwhelmed', label: { en: 'Overwhelmed', es: 'Agobio' } },
  { id: 'disappointed', label: { en: 'Disappointed', es: 'Decepción' } },
  { id: 'frustrated', label: { en: 'Frustrated', es: 'Frustración' } },
  { id: 'guilty', label: { en: 'Guilty', es: 'Culpa' } },
  { id: 'afraid', label: { en: 'Afraid', es: 'Miedo' } },
  { id: 'hurt', label: { en: 'Hurt', es: 'Dolor' } },
  { id: 'tired', label: { en: 'Worn out', es: 'Cansancio' } },
]

export interface TrapChip extends Chip {
  description: Text
}

export const thinkingTrapChips: readonly TrapChip[] = [
  {
    id: 'all-or-nothing',
    label: { en: 'All or nothing', es: 'Todo o nada' },
    description: { en: 'Only perfect or failed, nothing in between.', es: 'Solo perfecto o fracaso, nada en medio.' },
  },
  {
    id: 'overgeneralising',
    label: { en: 'Always and never', es: 'Siempre y nunca' },
    description: { en: 'One moment turned into a rule about everything.', es: 'Un momento convertido en una regla para todo.' },
  },
  {
    id: 'mind-reading',
    label: { en: 'Mind reading', es: 'Leer la mente' },
    description: { en: 'Being sure what others think, without asking.', es: 'Dar por hecho lo que piensan los demás, sin preguntar.' },
  },
  {
    id: 'fortune-telling',
    label: { en: 'Fortune telling', es: 'Adivinar el futuro' },
    description: { en: 'A guess about what will happen, taken as fact.', es: 'Una suposición sobre lo que pasará, tomada como un hecho.' },
  },
  {
    id: 'catastrophising',
    label: { en: 'Catastrophising', es: 'Catastrofismo' },
    description: { en: 'A setback growing into a disaster in the mind.', es: 'Un tropiezo que en la cabeza crece hasta ser un desastre.' },
  },
  {
    id: 'discounting-positive',
    label: { en: 'Discounting the good', es: 'Quitar valor a lo bueno' },
    description: { en: 'What went well somehow “does not count”.', es: 'Lo que salió bien, de algún modo, «no cuenta».' },
  },
  {
    id: 'emotional-reasoning',
    label: { en: 'Feelings as facts', es: 'Sentirlo como prueba' },
    description: { en: '“I feel useless, so I must be.”', es: '«Me siento inútil, así que lo soy».' },
  },
  {
    id: 'should-statements',
    label: { en: 'Shoulds and musts', es: 'Debería y tengo que' },
    description: { en: 'Rules for yourself that leave no room to be human.', es: 'Normas para ti que no dejan sitio a ser humano.' },
  },
  {
    id: 'labelling',
    label: { en: 'Labelling', es: 'Etiquetar' },
    description: { en: 'One mistake becoming who you are.', es: 'Un error que pasa a definir quién eres.' },
  },
  {
    id: 'self-blame',
    label: { en: 'Taking all the blame', es: 'Cargar con toda la culpa' },
    description: { en: 'Carrying the whole weight of something shared.', es: 'Llevar todo el peso de algo que era compartido.' },
  },
]

/** Chip ids turned into the words on the chips, for the readable export. */
export function tagLabels(locale: keyof Text): Record<string, string> {
  return Object.fromEntries([...feelingChips, ...thinkingTrapChips].map((chip) => [chip.id, chip.label[locale]]))
}
