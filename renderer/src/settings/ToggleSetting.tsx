import { useId } from 'react'
import { useSyncedDraft } from './use-synced-draft'

interface Props {
  label: string
  hint?: string
  checked: boolean
  onChange: (checked: boolean) => void
}

/** A checkbox with its label and an optional line on what it does. */
export function ToggleSetting({ label, hint, checked, onChange }: Props) {
  const id = useId()
  // Shown at once; main's answer follows through the state push.
  const [draft, setDraft] = useSyncedDraft(checked)
  return (
    <div className="field toggle">
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={draft}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => {
            setDraft(event.target.checked)
            onChange(event.target.checked)
          }}
        />
        {label}
      </label>
      {hint && <p id={`${id}-hint`} className="hint choice-hint">{hint}</p>}
    </div>
  )
}
