import { useId } from 'react'
import { reframeLimits } from '../content/reframe'
import { useText } from '../i18n/use-text'

interface IntensityFieldProps {
  legend: string
  hint?: string
  value: number | null
  onChange: (value: number | null) => void
}

const scale = Array.from({ length: reframeLimits.intensity.max - reframeLimits.intensity.min + 1 }, (_, at) => reframeLimits.intensity.min + at)

/** 0 to 10 as a row of radio buttons (arrow keys move along it), with a way to leave it unchosen again. */
export function IntensityField({ legend, hint, value, onChange }: IntensityFieldProps) {
  const text = useText().reframe
  const name = useId()
  return (
    <fieldset className="intensity" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && <p id={`${name}-hint`} className="hint">{hint}</p>}
      <div className="intensity-scale">
        {scale.map((step) => (
          <label key={step} className="intensity-step">
            <input type="radio" name={name} value={step} checked={value === step} onChange={() => onChange(step)} />
            <span>{step}</span>
          </label>
        ))}
      </div>
      {value !== null && (
        <button type="button" className="link-button intensity-clear" onClick={() => onChange(null)}>
          {text.intensityClear}
        </button>
      )}
    </fieldset>
  )
}
