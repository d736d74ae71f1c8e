import { useId } from 'react'
import { useText } from '../i18n/use-text'
import { customPhaseKinds, type CustomDurationProblem, type CustomPhaseKind } from './custom-pattern'

export type CustomTexts = Readonly<Record<CustomPhaseKind, string>>

interface CustomPatternFieldsProps {
  readonly texts: CustomTexts
  /** The problem with each field, already limited to the fields the person has left or tried to submit. */
  readonly shownProblems: Readonly<Partial<Record<CustomPhaseKind, CustomDurationProblem>>>
  readonly onChange: (kind: CustomPhaseKind, typed: string) => void
  readonly onLeaveField: (kind: CustomPhaseKind) => void
}

/** One seconds field per phase of a custom pattern, each explaining its own problem right beneath it. */
export function CustomPatternFields({ texts, shownProblems, onChange, onLeaveField }: CustomPatternFieldsProps) {
  const text = useText().breathe
  const id = useId()
  return (
    <fieldset className="choice-group breathe-custom">
      <legend>{text.customLegend}</legend>
      <p id={`${id}-hint`} className="hint">{text.customHint}</p>
      <div className="breathe-custom-grid">
        {customPhaseKinds.map((kind) => {
          const problem = shownProblems[kind]
          const fieldId = `${id}-${kind}`
          return (
            <div key={kind} className="field">
              <label htmlFor={fieldId}>{text.customPhases[kind]}</label>
              <input
                id={fieldId}
                name={`custom-${kind}`}
                inputMode="decimal"
                autoComplete="off"
                value={texts[kind]}
                aria-invalid={problem !== undefined}
                aria-describedby={problem === undefined ? `${id}-hint` : `${fieldId}-problem ${id}-hint`}
                onChange={(event) => onChange(kind, event.target.value)}
                onBlur={() => onLeaveField(kind)}
              />
              {problem !== undefined && (
                <p id={`${fieldId}-problem`} className="field-error">{text.customProblems[problem]}</p>
              )}
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
