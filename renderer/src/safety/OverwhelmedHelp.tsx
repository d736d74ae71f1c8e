import { useId, type KeyboardEvent } from 'react'
import { groundingSteps } from '../content/safety'
import { useText } from '../i18n/use-text'
import { useFocusOnMount } from './use-focus-on-mount'

interface OverwhelmedHelpProps {
  onStop: () => void
  onReturn: () => void
}

/** The way back to the here and now, and the way out: grounding steps, then stop or return. */
export function OverwhelmedHelp({ onStop, onReturn }: OverwhelmedHelpProps) {
  const text = useText().practice
  const help = useText().practices.safety.overwhelmed
  const headingId = useId()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  // Esc closes this help first, rather than leaving the screen behind it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isDefaultPrevented()) return
    event.preventDefault()
    onReturn()
  }
  return (
    <section className="card overwhelmed-help" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{help.link}</h2>
      <p>{help.intro}</p>
      <ul className="grounding-steps">
        {groundingSteps.map((step) => (
          <li key={step}>{help.steps[step]}</li>
        ))}
      </ul>
      <p className="hint">{help.reassurance}</p>
      <div className="practice-actions">
        <button type="button" className="button button-primary" onClick={onStop}>{help.stop}</button>
        <button type="button" className="button" onClick={onReturn}>{text.overwhelmedBack}</button>
      </div>
    </section>
  )
}
