import { useId } from 'react'
import { useText } from '../i18n/use-text'
import { useSyncedDraft } from './use-synced-draft'

interface Props {
  label: string
  hint: string
  value: number
  min: number
  max: number
  onValid: (value: number) => void
}

/** A whole-number field that says what is wrong inline and sends only values inside its bounds. */
export function NumberSetting({ label, hint, value, min, max, onValid }: Props) {
  const text = useText().settings
  const id = useId()
  const [draft, setDraft] = useSyncedDraft(String(value))
  const parsed = Number(draft)
  const valid = /^\d+$/.test(draft.trim()) && parsed >= min && parsed <= max
  const commit = () => {
    if (valid && parsed !== value) onValid(parsed)
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="number-input"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        aria-invalid={!valid}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit()
        }}
      />
      <p id={`${id}-hint`} className={valid ? 'hint' : 'field-error'} role={valid ? undefined : 'alert'}>
        {valid ? hint : text.outOfRange(min, max)}
      </p>
    </div>
  )
}
