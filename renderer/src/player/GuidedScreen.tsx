import type { GuidedPracticeId } from '../../../electron/common/library'
import type { ScreenProps } from '../app/screen-props'
import { guidedPractices } from '../content/guided'
import { useText } from '../i18n/use-text'
import { PracticeFrame } from '../safety/PracticeFrame'
import { GuidedPlayer } from './GuidedPlayer'
import { useBell } from './use-bell'
import './player.css'

/** A guided practice of the library, in the frame every practice shares (note, check-ins, closing, way out). */
export function GuidedScreen({ state, go, done, practiceId }: ScreenProps & { practiceId: GuidedPracticeId }) {
  const words = useText().guided[practiceId]
  const { settings } = state
  // The bell lives as long as the screen, so the closing bell rings on after the last step has gone.
  const bell = useBell(settings.guidance.bell, settings.sound.volume)
  return (
    <PracticeFrame practice={practiceId} title={words.name} settings={settings} closing={words.closing} onExit={done} onDoubts={() => go('doubts')}>
      {({ paused, finish }) => (
        <GuidedPlayer
          practice={guidedPractices[practiceId]}
          settings={settings}
          paused={paused}
          bell={bell}
          onFinish={finish}
        />
      )}
    </PracticeFrame>
  )
}
