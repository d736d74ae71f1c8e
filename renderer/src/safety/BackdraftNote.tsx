import { useId } from 'react'
import { useText } from '../i18n/use-text'
import { useFocusOnMount } from './use-focus-on-mount'

/** Said once, before the first practice: kindness can stir up old pain, and stopping is always allowed. */
export function BackdraftNote({ onAcknowledge }: { onAcknowledge: () => void }) {
  const note = useText().practices.safety.backdraft
  const headingId = useId()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  return (
    <section className="card backdraft-note" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{note.title}</h2>
      {note.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <button type="button" className="button button-primary" onClick={onAcknowledge}>
        {note.acknowledge}
      </button>
    </section>
  )
}
