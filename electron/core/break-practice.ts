import { library, libraryPracticeIds, type LibraryPracticeId } from '../common/library'
import { activePathWeek } from '../common/path'
import { screenForPractice, type Screen } from '../common/screens'
import type { Settings } from './settings'

/**
 * What a timed break opens. One practice always, the start of the window ("let me choose"), a turn through
 * the person's favourites, or a turn through what fits the break's length; and while the person walks the
 * gentle path, a turn through the week's practices. A turn is a counter kept across restarts, so a rotation
 * goes on where it was instead of starting over at every launch.
 */
export interface BreakPick {
  screen: Screen
  /** Whether this pick used up a turn (rotations do; one fixed practice does not). */
  rotates: boolean
}

type BreakSettings = Pick<Settings, 'breakOpens' | 'library' | 'schedule' | 'path'>

/**
 * The practices a rotation turns through. On the path (not paused) the week's suggestions, whatever else was
 * chosen, except "let me choose", which is the person asking to pick every time. Otherwise favourites in the
 * order the person marked them, each once, or what fits the break.
 */
export function rotationFor(settings: BreakSettings): LibraryPracticeId[] {
  if (settings.breakOpens === 'choose') return []
  const week = activePathWeek(settings.path)
  if (week !== null) return [...week.practices]
  const favourites = [...new Set(settings.library.favourites)].filter((id) => (libraryPracticeIds as readonly string[]).includes(id))
  if (settings.breakOpens === 'favourites') return favourites
  if (settings.breakOpens !== 'fits-the-break') return []
  // What can be done within the break (its shortest length); among those, the person's favourites when any fit.
  const fits = library.filter((entry) => (entry.minutes[0] ?? Infinity) <= settings.schedule.breakLengthMinutes).map((entry) => entry.id)
  const favouritesThatFit = fits.filter((id) => favourites.includes(id))
  return favouritesThatFit.length > 0 ? favouritesThatFit : fits
}

/** The screen the break on turn `turn` opens. An empty rotation (no favourites yet) opens the self-compassion break. */
export function pickBreakPractice(settings: BreakSettings, turn: number): BreakPick {
  const choice = settings.breakOpens
  if (choice === 'choose') return { screen: 'home', rotates: false }
  if (choice === 'favourites' || choice === 'fits-the-break' || activePathWeek(settings.path) !== null) {
    const rotation = rotationFor(settings)
    const id = rotation[((turn % rotation.length) + rotation.length) % rotation.length]
    return { screen: screenForPractice(id ?? 'compassion-break'), rotates: rotation.length > 0 }
  }
  return { screen: screenForPractice(choice), rotates: false }
}
