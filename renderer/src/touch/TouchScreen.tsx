import type { ScreenProps } from '../app/screen-props'
import { useText } from '../i18n/use-text'
import { PracticeFrame } from '../safety/PracticeFrame'
import { TouchCards } from './TouchCards'

/** Soothing touch, opened from the tray or the start of the window. */
export function TouchScreen({ state, go, done }: ScreenProps) {
  const text = useText().touch
  return (
    <PracticeFrame practice="touch" title={text.heading} settings={state.settings} closing={text.closing} onExit={done} onDoubts={() => go('doubts')}>
      {({ paused, finish }) => <TouchCards touch={state.settings.touch} paused={paused} onFinish={finish} />}
    </PracticeFrame>
  )
}
