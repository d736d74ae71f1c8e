import { libraryEntry, type LibraryPracticeId } from '../../../electron/common/library'
import { useText } from '../i18n/use-text'
import { practiceWords } from './practice-names'

/** A practice of the library as one button: its name, one line on it, how long it takes and its kind. */
export function PracticeCard({ id, onOpen }: { id: LibraryPracticeId; onOpen: () => void }) {
  const text = useText()
  const words = practiceWords(text, id)
  const entry = libraryEntry(id)
  return (
    <button type="button" className="practice" onClick={onOpen}>
      <span className="practice-title">{words.name}</span>
      <span className="practice-description">{words.summary}</span>
      <span className="library-meta">
        {text.library.minutes(Math.min(...entry.minutes), Math.max(...entry.minutes))} · {text.library.kinds[entry.kind]}
      </span>
    </button>
  )
}
