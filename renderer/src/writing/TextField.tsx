import { useId } from 'react'
import { reframeLimits } from '../content/reframe'
import { useText } from '../i18n/use-text'
import { characterCount, isTooLong } from './entry-form'

interface TextFieldProps {
  /** The field's name in the form, so a problem can take the person to it. */
  name?: string
  label: string
  hint?: string
  placeholder?: string
  value: string
  onChange: (value: string) => void
  /** A problem main reported for this field, already in the person's words. */
  error?: string
  rows?: number
  /** A short one-liner field rather than a box for a few sentences. */
  short?: boolean
}

/** A labelled box for the person's own words; the count shows only near the limit, and the limit is said plainly. */
export function TextField({ name, label, hint, placeholder, value, onChange, error, rows = 3, short = false }: TextFieldProps) {
  const text = useText().reframe
  const id = useId()
  const max = reframeLimits.maxFieldCharacters
  const count = value.length >= reframeLimits.showCountFrom ? characterCount(value) : 0
  const shownError = isTooLong(value) ? text.tooLong(max) : error
  const describedBy = [hint && `${id}-hint`, count >= reframeLimits.showCountFrom && `${id}-count`, shownError && `${id}-error`]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="field reframe-field">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      <textarea
        id={id}
        name={name}
        className={short ? 'reframe-short' : undefined}
        rows={short ? 1 : rows}
        value={value}
        placeholder={placeholder}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {count >= reframeLimits.showCountFrom && <p id={`${id}-count`} className="hint reframe-count">{text.characterCount(count, max)}</p>}
      {shownError && <p id={`${id}-error`} className="field-error">{shownError}</p>}
    </div>
  )
}
