import type { Screen } from '../../../electron/contract'
import { guidedPracticeOf } from '../../../electron/common/screens'
import type { ScreenProps } from '../app/screen-props'
import { ScreenHeader } from '../app/ScreenHeader'
import { doubtIds } from '../content/doubts'
import { useText } from '../i18n/use-text'
import './doubts.css'

/** Where the page was opened from, for the name of the way back; anywhere else it leads to the start. */
const backTo: Partial<Record<Screen, 'welcome' | 'about' | 'practice'>> = { welcome: 'welcome', about: 'about', break: 'practice', touch: 'practice' }

/**
 * "Isn't this self-pity?": the usual doubts about being kind to oneself, each a question and a short answer
 * from research. A page to read, nothing to do: its way back returns where it was opened (the welcome, About
 * or the note before a first practice), as Esc does.
 */
export function DoubtsScreen({ from, done }: ScreenProps) {
  const { doubts: text, app } = useText()
  const place = from === null ? undefined : (backTo[from] ?? (guidedPracticeOf(from) === null ? undefined : 'practice'))
  const backLabel = place === undefined ? undefined : text.back[place]
  return (
    <div className="screen doubts">
      <ScreenHeader title={text.heading} onBack={done} backLabel={backLabel} />
      <p className="lede doubts-intro">{text.intro}</p>
      {doubtIds.map((id) => (
        <section key={id} className="doubt" aria-labelledby={`doubt-${id}`}>
          <h2 id={`doubt-${id}`}>{text.items[id].question}</h2>
          <p>{text.items[id].answer}</p>
        </section>
      ))}
      <p className="doubts-closing">{text.closing}</p>
      {/* The same way back at the end, for someone who has read down to here. */}
      <button type="button" className="button doubts-back" onClick={done}>
        {backLabel ?? app.back}
      </button>
    </div>
  )
}
