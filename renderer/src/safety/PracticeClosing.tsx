import { useId } from 'react'
import { api } from '../api'
import { useText } from '../i18n/use-text'
import { useFocusOnMount } from './use-focus-on-mount'

/** A gentle end: a word of thanks, then back to the start or the window out of the way. */
export function PracticeClosing({ message, onExit }: { message: string; onExit: () => void }) {
  const text = useText().practice
  const headingId = useId()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const closeWindow = () => {
    onExit()
    void api.hideWindow()
  }
  return (
    <section className="card practice-closing" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{text.closingHeading}</h2>
      <p>{message}</p>
      <div className="practice-actions">
        <button type="button" className="button button-primary" onClick={closeWindow}>{text.closeWindow}</button>
        <button type="button" className="button" onClick={onExit}>{text.otherPractices}</button>
      </div>
    </section>
  )
}
