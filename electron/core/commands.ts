import type { PauseChoice } from './scheduler/pause'
import type { Screen } from '../common/screens'

/**
 * Everything a person can ask of Kindbreak from outside the window: the tray menu, the global hotkey and
 * a second launch with a flag all turn into one of these, so every way in does exactly the same thing.
 */
export type Command =
  | { kind: 'open'; screen: Screen }
  | { kind: 'pause'; choice: PauseChoice }
  | { kind: 'resume-breaks' }
  | { kind: 'skip-next' }
  | { kind: 'quit' }
