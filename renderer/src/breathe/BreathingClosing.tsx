import { useText } from '../i18n/use-text'

interface BreathingClosingProps {
  readonly paced: boolean
  readonly breaths: number
  readonly onAgain: () => void
  readonly onHome: () => void
  readonly onClose: () => void
}

/** A quiet ending: one kind line, how many breaths (when they were paced), and the ways out. */
export function BreathingClosing({ paced, breaths, onAgain, onHome, onClose }: BreathingClosingProps) {
  const text = useText().breathe
  const words = useText().practices.breathe
  // Varies from one session to the next without chance, so the same session always ends the same way.
  const line = words.closingLines[breaths % words.closingLines.length]
  return (
    <section className="screen breathe-closing" aria-labelledby="breathe-closing-heading">
      <h1 id="breathe-closing-heading">{text.closingHeading}</h1>
      <div className="breathe-closing-mark" aria-hidden="true" />
      <p className="breathe-closing-line">{line}</p>
      {paced && <p className="breathe-count">{words.breathCount(breaths)}</p>}
      <div className="breathe-controls">
        <button type="button" className="button button-primary" onClick={onHome}>{text.home}</button>
        <button type="button" className="button" onClick={onAgain}>{text.again}</button>
      </div>
      <button type="button" className="link-button breathe-close" onClick={onClose}>{text.closeWindow}</button>
    </section>
  )
}
