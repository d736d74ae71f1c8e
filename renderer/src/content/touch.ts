import type { Text } from '../../../electron/common/locale'

/** Soothing touch: the placements people commonly find calming, each a short card of about 20 seconds. */

export const touchCueIds = [
  'hand-on-heart',
  'both-hands-on-heart',
  'fist-over-heart',
  'hand-on-cheek',
  'hands-on-belly',
  'heart-and-belly',
  'stroking-arms',
  'self-hug',
  'hand-in-hand',
] as const
export type TouchCueId = (typeof touchCueIds)[number]

export interface TouchCue {
  id: TouchCueId
  label: Text
  instruction: Text
  /** Describes the illustration for people who cannot see it. */
  alt: Text
  defaultSeconds: number
  /** Some people find touching the chest uncomfortable; the sequence can put these last. */
  touchesChest: boolean
}

export const touchCues: readonly TouchCue[] = [
  {
    id: 'hand-on-heart',
    label: { en: 'Hand on heart', es: 'Mano en el corazón' },
    instruction: {
      en: 'Rest one hand over your heart and feel its warmth and gentle weight.',
      es: 'Apoya una mano sobre el corazón y siente su calor y su peso suave.',
    },
    alt: {
      en: 'Outline of a person with one hand resting on the centre of the chest.',
      es: 'Silueta de una persona con una mano apoyada en el centro del pecho.',
    },
    defaultSeconds: 20,
    touchesChest: true,
  },
  {
    id: 'both-hands-on-heart',
    label: { en: 'Both hands on heart', es: 'Las dos manos en el corazón' },
    instruction: {
      en: 'Place both hands over your heart, one resting on the other, and breathe as you are.',
      es: 'Coloca las dos manos sobre el corazón, una encima de la otra, y respira como estés respirando.',
    },
    alt: {
      en: 'Outline of a person with both hands, one over the other, on the chest.',
      es: 'Silueta de una persona con las dos manos, una sobre otra, en el pecho.',
    },
    defaultSeconds: 20,
    touchesChest: true,
  },
  {
    id: 'fist-over-heart',
    label: { en: 'Covered fist', es: 'Puño cubierto' },
    instruction: {
      en: 'Make a soft fist over your heart and let your other hand cover it, like holding something dear.',
      es: 'Cierra la mano en un puño suave sobre el corazón y cúbrelo con la otra, como quien guarda algo querido.',
    },
    alt: {
      en: 'Outline of a person holding a loose fist on the chest, covered by the other hand.',
      es: 'Silueta de una persona con un puño suelto en el pecho, cubierto por la otra mano.',
    },
    defaultSeconds: 20,
    touchesChest: true,
  },
  {
    id: 'hand-on-cheek',
    label: { en: 'Hand on cheek', es: 'Mano en la mejilla' },
    instruction: {
      en: 'Let one hand rest against your cheek, or cradle your face in both hands, as tenderly as you can.',
      es: 'Deja que una mano descanse en tu mejilla, o sostén la cara con las dos manos, con toda la ternura que puedas.',
    },
    alt: {
      en: 'Outline of a person with a hand resting softly against one cheek.',
      es: 'Silueta de una persona con una mano apoyada suavemente en una mejilla.',
    },
    defaultSeconds: 20,
    touchesChest: false,
  },
  {
    id: 'hands-on-belly',
    label: { en: 'Hands on belly', es: 'Manos en el vientre' },
    instruction: {
      en: 'Rest your hands on your belly, or just below your ribs, and feel it rise and fall.',
      es: 'Apoya las manos en el vientre, o justo debajo de las costillas, y siente cómo sube y baja.',
    },
    alt: {
      en: 'Outline of a person with both hands resting on the belly.',
      es: 'Silueta de una persona con las dos manos apoyadas en el vientre.',
    },
    defaultSeconds: 20,
    touchesChest: false,
  },
  {
    id: 'heart-and-belly',
    label: { en: 'Heart and belly', es: 'Corazón y vientre' },
    instruction: {
      en: 'Place one hand on your heart and the other on your belly, and let both simply rest there.',
      es: 'Pon una mano en el corazón y la otra en el vientre, y deja que las dos descansen ahí.',
    },
    alt: {
      en: 'Outline of a person with one hand on the chest and the other on the belly.',
      es: 'Silueta de una persona con una mano en el pecho y la otra en el vientre.',
    },
    defaultSeconds: 20,
    touchesChest: true,
  },
  {
    id: 'stroking-arms',
    label: { en: 'Stroking your arms', es: 'Acariciar los brazos' },
    instruction: {
      en: 'Cross your arms and slowly stroke from shoulder to elbow, as if soothing someone you care for.',
      es: 'Cruza los brazos y acaríciate despacio del hombro al codo, como si calmaras a alguien que quieres.',
    },
    alt: {
      en: 'Outline of a person with arms crossed, each hand on the opposite upper arm.',
      es: 'Silueta de una persona con los brazos cruzados y cada mano en el brazo contrario.',
    },
    defaultSeconds: 20,
    touchesChest: false,
  },
  {
    id: 'self-hug',
    label: { en: 'A self-hug', es: 'Un abrazo a ti' },
    instruction: {
      en: 'Wrap your arms around yourself and give a gentle squeeze, only as firm as feels good.',
      es: 'Rodéate con los brazos y date un apretón suave, solo tan firme como te siente bien.',
    },
    alt: {
      en: 'Outline of a person hugging themself, arms wrapped around the body.',
      es: 'Silueta de una persona abrazándose, con los brazos rodeando el cuerpo.',
    },
    defaultSeconds: 20,
    touchesChest: false,
  },
  {
    id: 'hand-in-hand',
    label: { en: 'Hand in hand', es: 'Mano con mano' },
    instruction: {
      en: 'Hold one hand in the other on your lap and notice the warmth where they meet.',
      es: 'Sostén una mano con la otra sobre el regazo y nota el calor donde se encuentran.',
    },
    alt: {
      en: 'Outline of a person holding one hand gently in the other in front of the body.',
      es: 'Silueta de una persona que sostiene con suavidad una mano con la otra delante del cuerpo.',
    },
    defaultSeconds: 20,
    touchesChest: false,
  },
]

/** Shown on every touch card: the practice works just as well without any touch. */
export const touchIsOptional: Text = {
  en: 'Touch is always optional. If it does not feel right, simply picture it, or just rest your hands.',
  es: 'El contacto siempre es opcional. Si no te resulta cómodo, solo imagínalo, o deja las manos en reposo.',
}

/** How many cards a touch session shows unless the person asks for more. */
export const defaultTouchSequenceLength = 3

/** A favourite stays on screen this much longer than its default, so there is time to settle into it. */
export const favouriteDurationFactor = 1.5

export interface TouchStep {
  cue: TouchCue
  seconds: number
  isFavourite: boolean
}

export interface TouchSequenceOptions {
  /** Put cues that touch the chest after the others (favourites keep their place: the person chose them). */
  avoidChest?: boolean
}

/**
 * The cards for one session: favourites first in the person's order, then the remaining cues, each at
 * most once. Unknown favourite ids (say, a cue removed in an update) are ignored.
 */
export function buildTouchSequence(
  cues: readonly TouchCue[],
  favourites: readonly string[],
  count: number,
  options: TouchSequenceOptions = {},
): TouchStep[] {
  const favouriteSet = new Set(favourites)
  const favouriteCues = [...favouriteSet].flatMap((id) => cues.filter((cue) => cue.id === id).slice(0, 1))
  const others = cues.filter((cue) => !favouriteSet.has(cue.id))
  const orderedOthers = options.avoidChest
    ? [...others.filter((cue) => !cue.touchesChest), ...others.filter((cue) => cue.touchesChest)]
    : others
  const unique = [...new Map([...favouriteCues, ...orderedOthers].map((cue) => [cue.id, cue])).values()]
  const wanted = Math.max(0, Math.floor(count))
  return unique.slice(0, wanted).map((cue) => {
    const isFavourite = favouriteSet.has(cue.id)
    const seconds = isFavourite ? Math.round(cue.defaultSeconds * favouriteDurationFactor) : cue.defaultSeconds
    return { cue, seconds, isFavourite }
  })
}
