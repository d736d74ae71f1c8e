import type { ScreenProps } from '../app/screen-props'
import { useText } from '../i18n/use-text'
import { WritingScreen } from '../writing/WritingScreen'
import { ReframeSteps } from './ReframeSteps'
import { reframeEntryForm } from './form-state'

/** "Reframe a thought": a quick entry for the journal, in two short steps. */
export function ReframeScreen({ go, done }: ScreenProps) {
  const text = useText().reframe
  return (
    <WritingScreen
      go={go}
      done={done}
      className="reframe-screen"
      entryForm={reframeEntryForm}
      words={{ ...text, another: text.writeAnother }}
      renderForm={(slot) => <ReframeSteps {...slot} submitLabel={text.save} />}
    />
  )
}
