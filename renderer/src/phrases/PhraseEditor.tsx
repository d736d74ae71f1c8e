import { useId, useState } from 'react'
import type { Settings } from '../../../electron/contract'
import { phraseSteps } from '../../../electron/common/phrases'
import { useText } from '../i18n/use-text'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import { PhraseList } from './PhraseList'
import { usePhraseBank } from './use-phrase-bank'
import './phrases.css'

interface PhraseEditorProps {
  settings: Settings
  backLabel: string
  onBack: () => void
  onFindPhrases: () => void
}

/** Every step's phrases, each list editable in place: add, change, reorder, delete, or ours again. */
export function PhraseEditor({ settings, backLabel, onBack, onFindPhrases }: PhraseEditorProps) {
  const text = useText().phrases
  const headingId = useId()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const { lists, edit } = usePhraseBank(settings)
  const [news, setNews] = useState('')
  return (
    <section className="phrase-editor" aria-labelledby={headingId}>
      <div className="phrase-editor-top">
        <h2 id={headingId} ref={heading} tabIndex={-1}>{text.heading}</h2>
        <p className="hint">{text.intro}</p>
        <button type="button" className="link-button" onClick={onFindPhrases}>{text.find.heading}</button>
      </div>
      {phraseSteps.map((step) => (
        <PhraseList key={step} step={step} phrases={lists[step]} edit={edit} onNews={setNews} />
      ))}
      <p className="hint" role="status">{news}</p>
      <button type="button" className="button" onClick={onBack}>{backLabel}</button>
    </section>
  )
}
