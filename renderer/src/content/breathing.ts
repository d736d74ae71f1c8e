import { customPhases, defaultCustomDurations } from '../breathe/custom-pattern'
import type { BreathPhase, PhaseCycle, PhaseKind } from '../breathe/pattern'
import type { Locale, Text } from '../../../electron/common/locale'

/**
 * Everything the breathing guide says and paces, written as data in our own words. Claims stay modest:
 * slow breathing helps many people feel a little calmer, and that is all we say about it.
 */

export const patternIds = ['natural', 'box', '478', 'coherent', 'extended-exhale', 'sigh', 'custom'] as const
export type PatternId = (typeof patternIds)[number]

export interface BreathingPattern extends PhaseCycle {
  readonly id: PatternId
  readonly name: Text
  /** One line under the name in the picker. */
  readonly description: Text
  /** Empty for natural rhythm: nothing is paced. */
  readonly phases: readonly BreathPhase[]
}

const phase = (kind: PhaseKind, seconds: number): BreathPhase => ({ kind, seconds })

const customName: Text = { en: 'Custom', es: 'Personalizado' }
const customDescription: Text = {
  en: 'Set your own length for each part of the breath.',
  es: 'Elige tú la duración de cada parte de la respiración.',
}

export const breathingPatterns: readonly BreathingPattern[] = [
  {
    id: 'natural',
    name: { en: 'Natural rhythm', es: 'Ritmo natural' },
    description: {
      en: 'No counting. Let your body breathe at its own pace.',
      es: 'Sin contar. Deja que tu cuerpo respire a su propio ritmo.',
    },
    phases: [],
  },
  {
    id: 'box',
    name: { en: 'Box 4-4-4-4', es: 'Caja 4-4-4-4' },
    description: {
      en: 'Four even sides: in, hold, out, hold, four seconds each.',
      es: 'Cuatro lados iguales: inhala, sostén, exhala, sostén, cuatro segundos cada uno.',
    },
    phases: [phase('in', 4), phase('hold-in', 4), phase('out', 4), phase('hold-out', 4)],
  },
  {
    id: '478',
    name: { en: '4-7-8', es: '4-7-8' },
    description: {
      en: 'In for 4, hold for 7, then a slow breath out for 8.',
      es: 'Inhala en 4, sostén 7 y exhala despacio en 8.',
    },
    phases: [phase('in', 4), phase('hold-in', 7), phase('out', 8), phase('hold-out', 0)],
  },
  {
    id: 'coherent',
    name: { en: 'Coherent 5.5', es: 'Coherente 5,5' },
    description: {
      en: 'Slow, even breaths, about five and a half a minute.',
      es: 'Respiraciones lentas y parejas, unas cinco y media por minuto.',
    },
    phases: [phase('in', 5.5), phase('hold-in', 0), phase('out', 5.5), phase('hold-out', 0)],
  },
  {
    id: 'extended-exhale',
    name: { en: 'Extended exhale 4-6', es: 'Exhalación larga 4-6' },
    description: {
      en: 'A breath out a little longer than the breath in.',
      es: 'Una exhalación un poco más larga que la inhalación.',
    },
    phases: [phase('in', 4), phase('hold-in', 0), phase('out', 6), phase('hold-out', 0)],
  },
  {
    id: 'sigh',
    name: { en: 'Physiological sigh', es: 'Suspiro fisiológico' },
    description: {
      en: 'Two breaths in, a full one and then a little more, and one long, easy breath out.',
      es: 'Dos inhalaciones, una completa y luego un poco más, y una exhalación larga y tranquila.',
    },
    // The sigh is two inhales and one long exhale. 3 s fills the lungs comfortably, 1 s is enough
    // for the short top-up sip, and 6 s lets the breath out take longer than both breaths in together,
    // which is the part that matters. 10 s a cycle keeps it slow (six sighs a minute) without strain.
    phases: [phase('in', 3), phase('top-up', 1), phase('out', 6)],
  },
  { id: 'custom', name: customName, description: customDescription, phases: customPhases(defaultCustomDurations) },
]

/** The custom pattern with the person's own durations (clamped to the allowed limits). */
export const customPattern = (durations: unknown): BreathingPattern => ({
  id: 'custom',
  name: customName,
  description: customDescription,
  phases: customPhases(durations),
})

/** What the live region announces as each phase begins. */
export const phaseLabels: Readonly<Record<PhaseKind, Text>> = {
  in: { en: 'Breathe in', es: 'Inhala' },
  'top-up': { en: 'A little more in', es: 'Un poco más de aire' },
  'hold-in': { en: 'Hold', es: 'Sostén' },
  out: { en: 'Breathe out', es: 'Exhala' },
  'hold-out': { en: 'Hold', es: 'Sostén' },
}

/**
 * Giving and receiving: the in-breath is for me, the out-breath for others. Said in the first person,
 * as the person's own words rather than an instruction. Holds keep their plain label.
 */
export const givingAndReceivingLabels: Readonly<Record<'in' | 'top-up' | 'out', Text>> = {
  in: { en: 'Breathing in for me', es: 'Inhalo para mí' },
  'top-up': { en: 'A little more, for me', es: 'Un poco más, para mí' },
  out: { en: 'Breathing out for others', es: 'Exhalo para los demás' },
}

export const givingAndReceivingOption: Text = {
  en: 'Giving and receiving: breathe in for yourself, breathe out for others',
  es: 'Dar y recibir: inhala para ti y exhala para los demás',
}

export function phaseLabel(kind: PhaseKind, options: { givingAndReceiving: boolean }): Text {
  if (options.givingAndReceiving && (kind === 'in' || kind === 'top-up' || kind === 'out')) {
    return givingAndReceivingLabels[kind]
  }
  return phaseLabels[kind]
}

/** Shown once beside patterns that have holds. */
export const optionalHoldsNote: Text = {
  en: 'Holds are optional. If holding feels uncomfortable, just keep breathing gently.',
  es: 'Sostener el aire es opcional. Si te resulta incómodo, sigue respirando con suavidad.',
}

/** Said once, plainly, before a paced session. */
export const dizzinessNote: Text = {
  en: 'If you feel dizzy or light-headed, stop and breathe normally.',
  es: 'Si te mareas o notas la cabeza ligera, para y respira con normalidad.',
}

/** Natural rhythm: a few calm lines shown one at a time, inviting the body to breathe itself. */
export const naturalRhythmLines: readonly Text[] = [
  {
    en: 'There is nothing to get right here. Your body already knows how to breathe.',
    es: 'Aquí no hay nada que hacer bien. Tu cuerpo ya sabe respirar.',
  },
  {
    en: 'Let each breath come and go at its own pace, without changing it.',
    es: 'Deja que cada respiración llegue y se vaya a su ritmo, sin cambiarla.',
  },
  {
    en: 'Notice where you feel the breath most easily, and rest your attention there.',
    es: 'Fíjate en dónde notas la respiración con más facilidad y deja que tu atención descanse ahí.',
  },
  {
    en: 'If your mind wanders, that is fine. Come back kindly to the next breath.',
    es: 'Si tu mente se va, no pasa nada. Vuelve con amabilidad a la siguiente respiración.',
  },
]

export const handOnHeartCue: Text = {
  en: 'If you like, rest a hand on your chest, or anywhere that feels comforting, and notice its warmth.',
  es: 'Si quieres, apoya una mano en el pecho, o donde te resulte reconfortante, y nota su calidez.',
}

/** The end screen: one of these lines, then the breath count (paced patterns only). */
export const closingLines: readonly Text[] = [
  { en: 'Thank you for taking this time for yourself.', es: 'Gracias por dedicarte este tiempo.' },
  { en: 'However it went, it was enough.', es: 'Haya ido como haya ido, ha sido suficiente.' },
  {
    en: 'You can come back to your breath whenever you need to.',
    es: 'Puedes volver a tu respiración siempre que lo necesites.',
  },
]

type PluralForms = Readonly<Record<Locale, { readonly one: string; readonly other: string }>>

/** Picks each language's form with its own plural rules; `#` stands for the number. */
function countText(count: number, forms: PluralForms): Text {
  const inLocale = (locale: Locale) => {
    const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other'
    return forms[locale][form].replace('#', new Intl.NumberFormat(locale).format(count))
  }
  return { en: inLocale('en'), es: inLocale('es') }
}

/** "1 breath", "12 breaths". */
export const breathCountLine = (breaths: number): Text =>
  countText(breaths, { en: { one: '# breath', other: '# breaths' }, es: { one: '# respiración', other: '# respiraciones' } })

/** Session lengths offered, in minutes, or until the person stops. */
export const sessionLengthChoices = [1, 2, 3, 4, 5, 'until-stopped'] as const
export type SessionLength = (typeof sessionLengthChoices)[number]

export type SessionMinutes = Exclude<SessionLength, 'until-stopped'>

/** The session's running time in ms, or null for "until I stop". */
export function sessionLengthMs(length: SessionMinutes): number
export function sessionLengthMs(length: SessionLength): number | null
export function sessionLengthMs(length: SessionLength): number | null {
  return length === 'until-stopped' ? null : length * 60_000
}

export const sessionLengthLabel = (length: SessionLength): Text =>
  length === 'until-stopped'
    ? { en: 'Until I stop', es: 'Hasta que pare' }
    : countText(length, { en: { one: '# minute', other: '# minutes' }, es: { one: '# minuto', other: '# minutos' } })
