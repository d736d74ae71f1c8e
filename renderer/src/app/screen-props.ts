import type { AppState, Screen } from '../../../electron/contract'

/** What every screen receives: the app's state and the way to move between screens. */
export interface ScreenProps {
  state: AppState
  /** Shows another screen in the same window. */
  go: (screen: Screen) => void
  /** The screen the window moved here from, or null when main showed this one. */
  from: Screen | null
  /** The practice is over: back to the start of the window (the doubts page: back where it was opened). */
  done: () => void
}
