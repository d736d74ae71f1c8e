import { HomeScreen } from '../home/HomeScreen'
import { SettingsScreen } from '../settings/SettingsScreen'
import type { ScreenProps } from './screen-props'

/** One place that maps a screen's name to what it shows. */
export function ScreenView({ screen, ...props }: ScreenProps & { screen: ScreenProps['state']['screen'] }) {
  switch (screen) {
    case 'settings':
      return <SettingsScreen settings={props.state.settings} onBack={props.done} />
    default:
      return <HomeScreen onOpen={props.go} />
  }
}
