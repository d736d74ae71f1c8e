import type { PracticeWords } from '../../../electron/common/catalog/en-practices'

/**
 * Soothing touch: the placements people commonly find calming, each a short card of about 20 seconds. Their
 * words are in the catalog's `practices.touch`, keyed by these ids.
 */

/** Checked against the catalog's keys: a cue without its label, instruction and alt text does not compile. */
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
] as const satisfies readonly (keyof PracticeWords['touch']['cues'])[]
export type TouchCueId = (typeof touchCueIds)[number]

export interface TouchCue {
  id: TouchCueId
  defaultSeconds: number
  /** Some people find touching the chest uncomfortable; the sequence can put these last. */
  touchesChest: boolean
}

export const touchCues: readonly TouchCue[] = [
  { id: 'hand-on-heart', defaultSeconds: 20, touchesChest: true },
  { id: 'both-hands-on-heart', defaultSeconds: 20, touchesChest: true },
  { id: 'fist-over-heart', defaultSeconds: 20, touchesChest: true },
  { id: 'hand-on-cheek', defaultSeconds: 20, touchesChest: false },
  { id: 'hands-on-belly', defaultSeconds: 20, touchesChest: false },
  { id: 'heart-and-belly', defaultSeconds: 20, touchesChest: true },
  { id: 'stroking-arms', defaultSeconds: 20, touchesChest: false },
  { id: 'self-hug', defaultSeconds: 20, touchesChest: false },
  { id: 'hand-in-hand', defaultSeconds: 20, touchesChest: false },
]

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
