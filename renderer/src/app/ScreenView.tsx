import { BreakScreen } from '../compassion-break/BreakScreen'
import { HomeScreen } from '../home/HomeScreen'
import { TouchScreen } from '../touch/TouchScreen'
import { SettingsScreen } from '../settings/SettingsScreen'
import type { ScreenProps } from './screen-props'

/** One place that maps a screen's name to what it shows. */
export function ScreenView({ screen, ...props }: ScreenProps & { screen: ScreenProps['state']['screen'] }) {
  switch (screen) {
    case 'break':
      return <BreakScreen {...props} />
    case 'touch':
      return <TouchScreen {...props} />
    case 'settings':
      return <SettingsScreen settings={props.state.settings} onBack={props.done} />
    default:
      return <HomeScreen onOpen={props.go} />
  }
}
