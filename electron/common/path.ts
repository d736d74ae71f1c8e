import type { LibraryPracticeId } from './library'

/**
 * The gentle path: eight weeks, each a theme and a few practices of the library, in an order that builds
 * (noticing, then steadying attention, then one's own kind words, and only later the harder feelings and
 * other people). Both processes need it: the window shows the week, main lets a timed break bring its
 * practices. The weeks' words are in the catalog, keyed by these ids.
 */
export const pathWeekIds = [
  'noticing',
  'coming-back',
  'own-phrases',
  'kind-voice',
  'what-matters',
  'hard-feelings',
  'caring',
  'savouring',
] as const
export type PathWeekId = (typeof pathWeekIds)[number]

export interface PathWeek {
  id: PathWeekId
  /** Suggested for the week, the first the easiest way in. */
  practices: readonly LibraryPracticeId[]
}

export const pathWeeks: readonly PathWeek[] = [
  { id: 'noticing', practices: ['compassion-break', 'touch'] },
  { id: 'coming-back', practices: ['affectionate-breathing', 'soles-of-the-feet', 'mindful-listening'] },
  { id: 'own-phrases', practices: ['loving-kindness', 'compassion-break'] },
  { id: 'kind-voice', practices: ['reframe', 'letter', 'compassionate-friend'] },
  { id: 'what-matters', practices: ['mindful-walk', 'body-scan'] },
  { id: 'hard-feelings', practices: ['soften-soothe-allow', 'touch'] },
  { id: 'caring', practices: ['giving-and-receiving', 'loving-kindness'] },
  { id: 'savouring', practices: ['good-things', 'mindful-seeing', 'body-scan'] },
]

export const pathLength = pathWeeks.length

/**
 * Where the person is. Not started; on a week; paused on a week (breaks go back to what Settings says);
 * left (the week kept, so rejoining starts where they were); or through all eight weeks. There are no
 * dates: nothing moves unless the person chooses, so nothing can be missed.
 */
export const pathStatuses = ['not-started', 'on', 'paused', 'left', 'completed'] as const
export type PathStatus = (typeof pathStatuses)[number]

export interface PathState {
  status: PathStatus
  /** 1 to pathLength: the week the person is on, paused on, or left at. */
  week: number
}

export const notStarted: PathState = { status: 'not-started', week: 1 }

/** What the person can choose on the path screen. */
export type PathChoice = 'start' | 'next' | 'back' | 'pause' | 'continue' | 'leave'

/** The choices each state offers, in the order the screen shows them (the likely one first). */
export function pathChoices(state: PathState): PathChoice[] {
  switch (state.status) {
    case 'on':
      return ['next', ...(state.week > 1 ? (['back'] as const) : []), 'pause', 'leave']
    case 'paused':
      return ['continue', 'leave']
    case 'left':
      return ['continue', 'start']
    default:
      return ['start']
  }
}

/**
 * The state after a choice. A choice the state does not offer changes nothing, so a stale click (a second
 * press on a button that has just changed) cannot skip a week. Week 8's "next" completes the path.
 */
export function choosePath(state: PathState, choice: PathChoice): PathState {
  if (!pathChoices(state).includes(choice)) return state
  switch (choice) {
    case 'start':
      return { status: 'on', week: 1 }
    case 'next':
      return state.week >= pathLength ? { status: 'completed', week: pathLength } : { status: 'on', week: state.week + 1 }
    case 'back':
      return { status: 'on', week: state.week - 1 }
    case 'pause':
      return { status: 'paused', week: state.week }
    case 'continue':
      return { status: 'on', week: state.week }
    case 'leave':
      return { status: 'left', week: state.week }
  }
}

/** The week the person is on, when the path is active (not paused, left or finished); else null. */
export function activePathWeek(state: PathState): PathWeek | null {
  return state.status === 'on' ? (pathWeeks[state.week - 1] ?? null) : null
}

/** The week a state is on, paused on or left at. */
export function pathWeekOf(state: PathState): PathWeek {
  const week = pathWeeks[Math.min(Math.max(state.week, 1), pathLength) - 1]
  if (week === undefined) throw new Error('the path has no weeks')
  return week
}
