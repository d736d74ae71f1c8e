import { useId } from 'react'
import type { Settings } from '../../../electron/contract'
import { api } from '../api'
import { useText } from '../i18n/use-text'

/**
 * Three gentle prompts for the letter, which the person can hide once they no longer need them. The choice is
 * kept in the settings, so the letter opens the way they left it.
 */
export function LetterPrompts({ journal }: { journal: Settings['journal'] }) {
  const text = useText().letter
  const listId = useId()
  const shown = journal.showLetterPrompts
  const toggle = () => void api.updateSettings({ journal: { ...journal, showLetterPrompts: !shown } })
  return (
    <section className="letter-prompts" aria-labelledby={`${listId}-heading`}>
      <div className="letter-prompts-bar">
        <h2 id={`${listId}-heading`} className="section-heading">{text.promptsHeading}</h2>
        <button type="button" className="link-button" aria-expanded={shown} aria-controls={listId} onClick={toggle}>
          {shown ? text.hidePrompts : text.showPrompts}
        </button>
      </div>
      <ol id={listId} className="letter-prompt-list" hidden={!shown}>
        {text.prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ol>
    </section>
  )
}
