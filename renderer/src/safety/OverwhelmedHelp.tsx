import { useId, type KeyboardEvent } from 'react'
import { overwhelmedHelp } from '../content/safety'
import { useLocale, useText } from '../i18n/use-text'
import { useFocusOnMount } from './use-focus-on-mount'

interface OverwhelmedHelpProps {
  onStop: () => void
  onReturn: () => void
}

/** The way back to the here and now, and the way out: grounding steps, then stop or return. */
export function OverwhelmedHelp({ onStop, onReturn }: OverwhelmedHelpProps) {
  const locale = useLocale()
  const text = useText().practice
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
      <h2 id={headingId} ref={heading} tabIndex={-1}>{overwhelmedHelp.link[locale]}</h2>
      <p>{overwhelmedHelp.intro[locale]}</p>
      <ul className="grounding-steps">
        {overwhelmedHelp.steps.map((step) => (
          <li key={step.id}>{step.text[locale]}</li>
        ))}
      </ul>
      <p className="hint">{overwhelmedHelp.reassurance[locale]}</p>
      <div className="practice-actions">
        <button type="button" className="button button-primary" onClick={onStop}>{overwhelmedHelp.stop[locale]}</button>
        <button type="button" className="button" onClick={onReturn}>{text.overwhelmedBack}</button>
      </div>
    </section>
  )
}
