import { useId, useState, type FormEvent } from 'react'
import type { Settings } from '../../../electron/contract'
import { answersToWishes, findPhrasesSteps, maxSuggestedWishes } from '../content/phrases'
import type { WishGrammar } from '../../../electron/common/catalog/wish-grammar'
import { useFocusWords } from '../i18n/use-focus-words'
import { useText } from '../i18n/use-text'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import { usePhraseError } from './phrase-error'
import { usePhraseBank } from './use-phrase-bank'
import './phrases.css'

interface FindPhrasesProps {
  settings: Settings
  /** Called with the kindness list's index of the first new wish. */
  onSaved: (firstAdded: number) => void
  onCancel: () => void
}

type Answers = Record<'need' | 'hear', string>

/** The two questions' answers as wishes: the first answer may hold a few words, each its own wish. */
function suggestedWishes(answers: Answers, grammar: WishGrammar): string[] {
  const wishes = answersToWishes([...answers.need.split(/[,;\n]+/), answers.hear], grammar)
  return wishes.length > 0 ? wishes : ['']
}

/** "Find my phrases": what do I need, what do I need to hear, then a few wishes to keep. */
export function FindPhrases({ settings, onSaved, onCancel }: FindPhrasesProps) {
  const text = useText().phrases.find
  const words = useText().practices.findPhrases
  const hearIdeas = useFocusWords().hear
  const { lists, edit } = usePhraseBank(settings)
  const [at, setAt] = useState(0)
  const [answers, setAnswers] = useState<Answers>({ need: '', hear: '' })
  const [wishes, setWishes] = useState<string[]>([])
  const error = usePhraseError()
  const headingId = useId()
  const stepId = findPhrasesSteps[at]
  if (!stepId) return null
  const step = words.steps[stepId]

  const goTo = (index: number) => {
    if (index === findPhrasesSteps.length - 1) setWishes(suggestedWishes(answers, words.grammar))
    error.show(null)
    setAt(index)
  }
  const filled = wishes.map((wish, field) => ({ wish, field })).filter(({ wish }) => wish.trim() !== '')
  const refusedField = error.refusal ? (filled[error.refusal.index ?? 0]?.field ?? 0) : null
  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (filled.length === 0) return error.show({ ok: false, code: 'empty', index: 0 })
    const firstAdded = lists.kindness.length
    const result = await edit({ kind: 'add', step: 'kindness', texts: filled.map(({ wish }) => wish) })
    if (result.ok) onSaved(firstAdded)
    else error.show(result)
  }
  const next = (event: FormEvent) => {
    event.preventDefault()
    goTo(at + 1)
  }

  return (
    <section className="card find-phrases" aria-labelledby={headingId}>
      <p className="practice-position">{text.heading} · {text.position(at + 1, findPhrasesSteps.length)}</p>
      <StepHeading key={`heading-${stepId}`} id={headingId} title={step.title} />
      {stepId === 'wishes' ? (
        <form onSubmit={(event) => void save(event)} className="find-phrases-form">
          <p>{step.prompt}</p>
          {wishes.map((wish, field) => (
            <WishField
              key={field}
              label={text.wishLabel(field + 1)}
              value={wish}
              error={refusedField === field ? error.message : ''}
              onChange={(value) => setWishes(wishes.map((kept, at) => (at === field ? value : kept)))}
              onRemove={wishes.length > 1 ? () => setWishes(wishes.filter((_, at) => at !== field)) : undefined}
              removeLabel={text.removeWish}
            />
          ))}
          {refusedField === null && error.refusal && <p className="field-error" role="alert">{error.message}</p>}
          {wishes.length < maxSuggestedWishes && (
            <button type="button" className="link-button" onClick={() => setWishes([...wishes, ''])}>{text.addWish}</button>
          )}
          <div className="practice-actions">
            <button type="button" className="button" onClick={() => goTo(at - 1)}>{text.back}</button>
            <button type="submit" className="button button-primary">{text.save}</button>
          </div>
        </form>
      ) : (
        <QuestionStep
          key={`question-${stepId}`}
          prompt={step.prompt}
          examples={stepId === 'hear' ? hearIdeas : step.examples}
          value={answers[stepId]}
          // A word list grows one idea at a time; the second question wants one sentence, so an idea replaces it.
          onExample={(example) =>
            setAnswers({ ...answers, [stepId]: stepId === 'need' && answers.need.trim() ? `${answers.need.trim()}, ${example}` : example })
          }
          onChange={(value) => setAnswers({ ...answers, [stepId]: value })}
          onBack={at > 0 ? () => goTo(at - 1) : onCancel}
          backLabel={at > 0 ? text.back : text.cancel}
          onNext={next}
        />
      )}
    </section>
  )
}

/** Keyed by step, so each new step's heading takes focus. */
function StepHeading({ id, title }: { id: string; title: string }) {
  const heading = useFocusOnMount<HTMLHeadingElement>()
  return <h2 id={id} ref={heading} tabIndex={-1}>{title}</h2>
}

interface QuestionStepProps {
  prompt: string
  examples: readonly string[]
  value: string
  onExample: (example: string) => void
  onChange: (value: string) => void
  onBack: () => void
  backLabel: string
  onNext: (event: FormEvent) => void
}

function QuestionStep({ prompt, examples, value, onExample, onChange, onBack, backLabel, onNext }: QuestionStepProps) {
  const text = useText().phrases.find
  const inputId = useId()
  return (
    <form onSubmit={onNext} className="find-phrases-form">
      <div className="field">
        <label htmlFor={inputId}>{prompt}</label>
        <input id={inputId} value={value} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      </div>
      <div role="group" aria-label={text.examplesLabel} className="find-phrases-examples">
        <p className="hint" aria-hidden="true">{text.examplesLabel}</p>
        {examples.map((example) => (
          <button key={example} type="button" className="chip" aria-label={text.useExample(example)} onClick={() => onExample(example)}>
            {example}
          </button>
        ))}
      </div>
      <div className="practice-actions">
        <button type="button" className="button" onClick={onBack}>{backLabel}</button>
        <button type="submit" className="button button-primary">{text.next}</button>
      </div>
    </form>
  )
}

interface WishFieldProps {
  label: string
  value: string
  error: string
  onChange: (value: string) => void
  onRemove: (() => void) | undefined
  removeLabel: string
}

function WishField({ label, value, error, onChange, onRemove, removeLabel }: WishFieldProps) {
  const inputId = useId()
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <div className="phrase-row">
        <input
          id={inputId}
          value={value}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {onRemove && (
          <button type="button" className="phrase-button" aria-label={`${removeLabel}: ${label}`} onClick={onRemove}>
            {removeLabel}
          </button>
        )}
      </div>
      {error && <p id={`${inputId}-error`} className="field-error" role="alert">{error}</p>}
    </div>
  )
}
