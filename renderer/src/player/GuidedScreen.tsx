import type { GuidedPracticeId } from '../../../electron/common/library'
import type { ScreenProps } from '../app/screen-props'
import { guidedPractices } from '../content/guided'
import { useGuidedWords } from '../i18n/use-guided-words'
import { useText } from '../i18n/use-text'
import { PracticeFrame } from '../safety/PracticeFrame'
import { GuidedPlayer } from './GuidedPlayer'
import { useBell } from './use-bell'
import './player.css'

/** A guided practice of the library, in the frame every practice shares (note, check-ins, closing, way out). */
export function GuidedScreen({ state, go, done, practiceId }: ScreenProps & { practiceId: GuidedPracticeId }) {
  const name = useText().guidedNames[practiceId].name
  const words = useGuidedWords()?.[practiceId]
  const { settings } = state
  // The bell lives as long as the screen, so the closing bell rings on after the last step has gone.
  const bell = useBell(settings.guidance.bell, settings.sound.volume)
  // Its words arrive in a blink (a chunk of the app's own bundle); until then the screen stays empty.
  if (words === undefined) return null
  return (
    <PracticeFrame practice={practiceId} title={name} settings={settings} closing={words.closing} onExit={done} onDoubts={() => go('doubts')}>
      {({ paused, finish }) => (
        <GuidedPlayer
          practice={guidedPractices[practiceId]}
          words={words}
          settings={settings}
          paused={paused}
          bell={bell}
          onFinish={finish}
        />
      )}
    </PracticeFrame>
  )
}
