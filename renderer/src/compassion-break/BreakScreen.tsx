import type { ScreenProps } from '../app/screen-props'
import { useText } from '../i18n/use-text'
import { PracticeFrame } from '../safety/PracticeFrame'
import { CompassionBreak } from './CompassionBreak'

/** The self-compassion break: what "Take a break now" opens by default. */
export function BreakScreen({ state, go, done }: ScreenProps) {
  const text = useText().compassionBreak
  return (
    <PracticeFrame practice="compassion-break" title={text.heading} settings={state.settings} closing={text.closing} onExit={done} onDoubts={() => go('doubts')}>
      {({ paused, finish }) => <CompassionBreak settings={state.settings} paused={paused} onFinish={finish} />}
    </PracticeFrame>
  )
}
