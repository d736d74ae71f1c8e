import type { ScreenProps } from '../app/screen-props'
import { useText } from '../i18n/use-text'
import { TextEntryForm } from '../writing/TextEntryForm'
import { WritingScreen } from '../writing/WritingScreen'
import { textEntryForms } from '../writing/text-form'

/** Three good things from the day, one of them about the person, kept in the journal. */
export function GoodThingsScreen({ go, done }: ScreenProps) {
  const text = useText().goodThings
  return (
    <WritingScreen
      go={go}
      done={done}
      className="good-things-screen"
      entryForm={textEntryForms['good-things']}
      words={text}
      renderForm={(slot) => <TextEntryForm kind="good-things" {...slot} submitLabel={text.save} />}
    />
  )
}
