import { AboutScreen } from '../about/AboutScreen'
import { BreatheScreen } from '../breathe/BreatheScreen'
import { HeadsUpScreen } from '../heads-up/HeadsUpScreen'
import { BreakScreen } from '../compassion-break/BreakScreen'
import { DoubtsScreen } from '../doubts/DoubtsScreen'
import { HomeScreen } from '../home/HomeScreen'
import { JournalScreen } from '../journal/JournalScreen'
import { LibraryScreen } from '../library/LibraryScreen'
import { PathScreen } from '../path/PathScreen'
import { MicroPauseScreen } from '../micro-pause/MicroPauseScreen'
import { GuidedScreen } from '../player/GuidedScreen'
import { guidedPracticeOf } from '../../../electron/common/screens'
import { ReframeScreen } from '../reframe/ReframeScreen'
import { LetterScreen } from '../letter/LetterScreen'
import { GoodThingsScreen } from '../good-things/GoodThingsScreen'
import { SettingsScreen } from '../settings/SettingsScreen'
import { TouchScreen } from '../touch/TouchScreen'
import { WelcomeScreen } from '../welcome/WelcomeScreen'
import type { ScreenProps } from './screen-props'

/** One place that maps a screen's name to what it shows. */
export function ScreenView({ screen, ...props }: ScreenProps & { screen: ScreenProps['state']['screen'] }) {
  const guided = guidedPracticeOf(screen)
  // Keyed by practice, so moving from one guided practice to another starts the new one afresh.
  if (guided !== null) return <GuidedScreen key={guided} {...props} practiceId={guided} />
  switch (screen) {
    case 'break':
      return <BreakScreen {...props} />
    case 'touch':
      return <TouchScreen {...props} />
    case 'breathe':
      return <BreatheScreen {...props} />
    case 'reframe':
      return <ReframeScreen {...props} />
    case 'letter':
      return <LetterScreen {...props} />
    case 'good-things':
      return <GoodThingsScreen {...props} />
    case 'journal':
      return <JournalScreen {...props} />
    case 'heads-up':
      return <HeadsUpScreen {...props} />
    case 'settings':
      return <SettingsScreen {...props} />
    case 'welcome':
      return <WelcomeScreen {...props} />
    case 'about':
      return <AboutScreen {...props} />
    case 'doubts':
      return <DoubtsScreen {...props} />
    case 'library':
      return <LibraryScreen {...props} />
    case 'path':
      return <PathScreen {...props} />
    case 'micro-pause':
      return <MicroPauseScreen {...props} />
    default:
      return <HomeScreen state={props.state} onOpen={props.go} />
  }
}
