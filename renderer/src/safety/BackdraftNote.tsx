import { useId } from 'react'
import { backdraftNote } from '../content/safety'
import { useLocale } from '../i18n/use-text'
import { useFocusOnMount } from './use-focus-on-mount'

/** Said once, before the first practice: kindness can stir up old pain, and stopping is always allowed. */
export function BackdraftNote({ onAcknowledge }: { onAcknowledge: () => void }) {
  const locale = useLocale()
  const headingId = useId()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  return (
    <section className="card backdraft-note" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{backdraftNote.title[locale]}</h2>
      {backdraftNote.paragraphs.map((paragraph) => (
        <p key={paragraph.en}>{paragraph[locale]}</p>
      ))}
      <button type="button" className="button button-primary" onClick={onAcknowledge}>
        {backdraftNote.acknowledge[locale]}
      </button>
    </section>
  )
}
