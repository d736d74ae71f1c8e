import type { ScreenProps } from '../app/screen-props'
import { useText } from '../i18n/use-text'
import { TextEntryForm } from '../writing/TextEntryForm'
import { WritingScreen } from '../writing/WritingScreen'
import { textEntryForms } from '../writing/text-form'
import { LetterPrompts } from './LetterPrompts'
import './letter.css'

/** A letter to yourself, written as a kind friend would write it, kept in the journal. */
export function LetterScreen({ state, go, done }: ScreenProps) {
  const text = useText().letter
  return (
    <WritingScreen
      go={go}
      done={done}
      className="letter-screen"
      entryForm={textEntryForms.letter}
      words={text}
      renderForm={(slot) => (
        <TextEntryForm kind="letter" {...slot} submitLabel={text.save}>
          <LetterPrompts journal={state.settings.journal} />
        </TextEntryForm>
      )}
    />
  )
}
