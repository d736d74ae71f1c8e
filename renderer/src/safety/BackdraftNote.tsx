import { useId } from 'react'
import { useText } from '../i18n/use-text'
import { useFocusOnMount } from './use-focus-on-mount'

/**
 * Said once, before the first practice: kindness can stir up old pain, and stopping is always allowed. The
 * usual doubts about self-compassion are a link away; the note shows again on the way back.
 */
export function BackdraftNote({ onAcknowledge, onDoubts }: { onAcknowledge: () => void; onDoubts: () => void }) {
  const note = useText().practices.safety.backdraft
  const doubtsLink = useText().doubts.link
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
      <button type="button" className="link-button" onClick={onDoubts}>{doubtsLink}</button>
    </section>
  )
}
