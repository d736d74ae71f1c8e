import { useId } from 'react'
import { useSyncedDraft } from './use-synced-draft'

export interface Choice<T extends string> {
  value: T
  label: string
  /** The language the label is written in, when it is not the page's (a language's own name). */
  lang?: string
}

interface Props<T extends string> {
  legend: string
  /** One line on what the choice does, read out with the group. */
  hint?: string
  choices: readonly Choice<T>[]
  value: T
  onChange: (value: T) => void
}

/** One of a few options, as radio buttons in a named group (arrow keys move between them). */
export function ChoiceSetting<T extends string>({ legend, hint, choices, value, onChange }: Props<T>) {
  const name = useId()
  // Shown at once; main's answer follows through the state push.
  const [draft, setDraft] = useSyncedDraft(value)
  return (
    <fieldset className="choice-group field" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && <p id={`${name}-hint`} className="hint">{hint}</p>}
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === draft}
            onChange={() => {
              setDraft(choice.value)
              onChange(choice.value)
            }}
          />
          {/* A language's own name is never translated (translate="no", as page translators expect). */}
          <span lang={choice.lang} translate={choice.lang ? 'no' : undefined}>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  )
}
