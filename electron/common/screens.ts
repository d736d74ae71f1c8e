import { guidedPracticeIds, isGuidedPractice, type GuidedPracticeId, type LibraryPracticeId } from './library'

/** The screens the break window can show. The renderer owns how they look; main only names them. */
const fixedScreens = ['home', 'heads-up', 'break', 'breathe', 'touch', 'reframe', 'letter', 'good-things', 'journal', 'settings', 'welcome', 'about', 'doubts', 'library', 'path', 'micro-pause'] as const

/** A guided practice is one screen per practice, named after it, so main can open one (a timed break does). */
export type PracticeScreen = `practice:${GuidedPracticeId}`

export const practiceScreen = (id: GuidedPracticeId): PracticeScreen => `practice:${id}`

export const screens = [...fixedScreens, ...guidedPracticeIds.map(practiceScreen)] as readonly [Screen, ...Screen[]]
export type Screen = (typeof fixedScreens)[number] | PracticeScreen

/** The screen that plays a practice of the library. */
export function screenForPractice(id: LibraryPracticeId): Screen {
  if (isGuidedPractice(id)) return practiceScreen(id)
  return id === 'compassion-break' ? 'break' : id
}

/** The guided practice a screen plays, or null for every other screen. */
export function guidedPracticeOf(screen: Screen): GuidedPracticeId | null {
  const id = screen.startsWith('practice:') ? screen.slice('practice:'.length) : ''
  return isGuidedPractice(id) ? id : null
}
