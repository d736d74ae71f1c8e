import type { Locale, Text } from './locale'

/**
 * The chips a reframe entry can carry: feelings and thinking traps. Entries store the ids; both processes
 * word them (the window on its chips and in the journal, main in the Markdown export), so they live here.
 */
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
export function tagLabels(locale: Locale): Record<string, string> {
  return Object.fromEntries([...feelingChips, ...thinkingTrapChips].map((chip) => [chip.id, chip.label[locale]]))
}
