import { useEffect, useRef, useState } from 'react'
import { api } from '../api'
import { useText } from '../i18n/use-text'
import { wordRefusal } from '../i18n/word-problem'

type Step = { kind: 'idle' } | { kind: 'asking' } | { kind: 'done' } | { kind: 'refused'; message: string }

/** Two steps, so one stray click or keypress never undoes someone's choices. */
export function RestoreDefaults() {
  const text = useText().settings
  const problems = useText().problems
  const [step, setStep] = useState<Step>({ kind: 'idle' })
  const questionRef = useRef<HTMLDivElement>(null)
  const startRef = useRef<HTMLButtonElement>(null)
  const asking = step.kind === 'asking'

  // The question takes focus so it is read out; leaving it puts focus back where the person was.
  useEffect(() => {
    if (asking) questionRef.current?.focus()
  }, [asking])
  const close = (next: Step) => {
    setStep(next)
    requestAnimationFrame(() => startRef.current?.focus())
  }

  return (
    <section aria-labelledby="restore-heading" className="card">
      <h2 id="restore-heading" className="section-heading">{text.restoreHeading}</h2>
      {asking ? (
        <div
          ref={questionRef}
          tabIndex={-1}
          role="group"
          aria-labelledby="restore-question"
          className="confirm"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return
            // Esc answers "no" here, instead of leaving the screen.
            event.preventDefault()
            close({ kind: 'idle' })
          }}
        >
          <p id="restore-question">{text.restoreQuestion}</p>
          <div className="confirm-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() =>
                api.restoreDefaultSettings().then(
                  () => close({ kind: 'done' }),
                  (error: unknown) => close({ kind: 'refused', message: wordRefusal(error, problems) }),
                )
              }
            >
              {text.restoreYes}
            </button>
            <button type="button" className="button" onClick={() => close({ kind: 'idle' })}>
              {text.restoreNo}
            </button>
          </div>
        </div>
      ) : (
        <button ref={startRef} type="button" className="button" onClick={() => setStep({ kind: 'asking' })}>
          {text.restore}
        </button>
      )}
      <p role="status" className={step.kind === 'refused' ? 'field-error' : 'hint'}>
        {step.kind === 'done' ? text.restored : step.kind === 'refused' ? text.notSaved(step.message) : ''}
      </p>
    </section>
  )
}
