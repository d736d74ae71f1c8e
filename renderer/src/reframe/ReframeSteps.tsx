import { useEffect, useRef, useState, type ReactNode } from 'react'
import { reframeLimits, type Prompt, type PromptField } from '../content/reframe'
import { useFocusWords } from '../i18n/use-focus-words'
import { useText } from '../i18n/use-text'
import { ChipGroup } from './ChipGroup'
import { IntensityField } from './IntensityField'
import { TextField } from '../writing/TextField'
import { stepOf, type ReframeForm, type ReframeTextField } from './form-state'
import { useChips } from './use-chips'
import type { FieldErrors } from '../writing/use-entry-submit'
import { useFormSubmit } from '../writing/use-form-submit'
import './reframe.css'

type Step = 'harsh' | 'kind'

interface ReframeStepsProps {
  form: ReframeForm
  onChange: (form: ReframeForm) => void
  /** Saves; returns the field to take the person back to, or null. */
  onSubmit: () => Promise<string | null>
  submitLabel: string
  errors: FieldErrors
  /** Shown above the first step (a note that a kept draft was restored, say). */
  note?: ReactNode
  /** Extra buttons beside Save (Cancel, when editing). */
  actions?: ReactNode
}

/**
 * The entry in two short steps: first the critical voice, then the kind reply with the critical words
 * kept in view above it. Everything else is optional and folded away until the person opens it.
 */
export function ReframeSteps({ form, onChange, onSubmit, submitLabel, errors, note, actions }: ReframeStepsProps) {
  const text = useText().reframe
  const prompts = useText().practices.reframe.prompts
  const { examples } = useFocusWords()
  const chips = useChips()
  const [step, setStep] = useState<Step>('harsh')
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  // After a step change (not on first show, where the screen's own focus applies), start at the step's heading.
  useEffect(() => {
    if (moved.current) heading.current?.focus()
  }, [step])
  const goTo = (next: Step) => {
    moved.current = true
    setStep(next)
  }

  // The examples fit the person's life focus, if they chose one.
  const focused: Partial<Record<PromptField, Partial<Prompt>>> = {
    situation: { hint: examples.situation },
    commonHumanity: { placeholder: examples.othersFeel },
  }
  const prompt = (field: PromptField): Prompt => ({ ...prompts[field], ...focused[field] })
  const textField = (field: ReframeTextField, options: { rows?: number; short?: boolean } = {}) => (
    <TextField {...prompt(field)} {...options} value={form[field]} error={errors[field]} onChange={(value) => onChange({ ...form, [field]: value })} />
  )

  const formError = errors[''] && <p className="field-error" role="alert">{errors['']}</p>

  const { saving, submit } = useFormSubmit(onSubmit, (field) => goTo(stepOf(field)))

  return (
    <form className="reframe-form" onSubmit={submit} noValidate>
      {/* Keyed, so the steps never share elements: "Next" must not turn into "Save" in the middle of its own click. */}
      {step === 'harsh' ? (
        <section key="harsh" className="reframe-step" aria-labelledby="reframe-step-heading">
          <p className="practice-position">{text.position(1, 2)}</p>
          <h2 id="reframe-step-heading" ref={heading} tabIndex={-1}>{text.harshStep}</h2>
          {note}
          {textField('harshVoice', { rows: 4 })}
          <Folded summary={text.moreAboutMoment} startOpen={Boolean(form.situation || form.feelings.length || form.intensityBefore !== null)}>
              {textField('situation', { rows: 2 })}
              <ChipGroup legend={prompt('feelings').label} hint={prompt('feelings').hint} chips={chips.feelings} selected={form.feelings} onChange={(feelings) => onChange({ ...form, feelings })} />
              <IntensityField {...legendOf(prompt('intensityBefore'))} value={form.intensityBefore} onChange={(intensityBefore) => onChange({ ...form, intensityBefore })} />
          </Folded>
          <p className="hint">{text.limit(reframeLimits.maxFieldCharacters)} {text.privacy}</p>
          {formError}
          <div className="practice-actions">
            <button type="button" className="button button-primary" onClick={() => goTo('kind')}>{text.next}</button>
            {actions}
          </div>
        </section>
      ) : (
        <section key="kind" className="reframe-step" aria-labelledby="reframe-step-heading">
          <p className="practice-position">{text.position(2, 2)}</p>
          <h2 id="reframe-step-heading" ref={heading} tabIndex={-1}>{text.kindStep}</h2>
          {form.harshVoice.trim() === '' ? (
            <p className="hint">{text.noHarshQuote}</p>
          ) : (
            <figure className="harsh-quote">
              <figcaption>{text.harshQuote}</figcaption>
              {/* Focusable so a long quote can be scrolled from the keyboard. */}
              <blockquote tabIndex={0}>{form.harshVoice}</blockquote>
            </figure>
          )}
          <Folded summary={text.nameAndShare} startOpen={Boolean(form.mindfulNaming || form.commonHumanity)}>
              {textField('mindfulNaming', { short: true })}
              {textField('commonHumanity', { short: true })}
          </Folded>
          {textField('kindReply', { rows: 5 })}
          <Folded summary={text.afterWriting} startOpen={Boolean(form.intensityAfter !== null || form.thinkingTraps.length)}>
              <IntensityField {...legendOf(prompt('intensityAfter'))} value={form.intensityAfter} onChange={(intensityAfter) => onChange({ ...form, intensityAfter })} />
              <ChipGroup legend={prompt('thinkingTraps').label} hint={prompt('thinkingTraps').hint} chips={chips.thinkingTraps} selected={form.thinkingTraps} onChange={(thinkingTraps) => onChange({ ...form, thinkingTraps })} />
          </Folded>
          {formError}
          <div className="practice-actions">
            <button type="submit" className="button button-primary" disabled={saving}>{submitLabel}</button>
            <button type="button" className="button" onClick={() => goTo('harsh')}>{text.back}</button>
            {actions}
          </div>
        </section>
      )}
    </form>
  )
}

/**
 * Optional fields, folded away. Open from the start only if something in them is already filled in (a kept
 * draft, an edit); after that it is the person's to open and close, never snapped shut while typing.
 */
function Folded({ summary, startOpen, children }: { summary: string; startOpen: boolean; children: ReactNode }) {
  const text = useText().reframe
  const [initiallyOpen] = useState(startOpen)
  return (
    <details className="reframe-more" open={initiallyOpen}>
      <summary>
        {summary} <span className="reframe-optional">({text.optional})</span>
      </summary>
      <div className="reframe-more-body">{children}</div>
    </details>
  )
}

function legendOf({ label, hint }: { label: string; hint?: string }) {
  return { legend: label, hint }
}
