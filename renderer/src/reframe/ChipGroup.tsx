import { useId } from 'react'

/** A chip as shown: the id entries store, and its words in the person's language. */
export interface ShownChip {
  id: string
  label: string
  /** Shown as the chip's tooltip. */
  description?: string
}

interface ChipGroupProps {
  legend: string
  hint?: string
  chips: readonly ShownChip[]
  selected: readonly string[]
  onChange: (selected: string[]) => void
}

/** Toggle chips: any number, or none. Each is a button that says whether it is pressed. */
export function ChipGroup({ legend, hint, chips, selected, onChange }: ChipGroupProps) {
  const id = useId()
  const toggle = (chipId: string) =>
    onChange(selected.includes(chipId) ? selected.filter((idOf) => idOf !== chipId) : [...selected, chipId])
  return (
    <fieldset className="chip-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      <div className="chips">
        {chips.map((chip) => (
          <button
            key={chip.id}
            type="button"
            className="chip"
            aria-pressed={selected.includes(chip.id)}
            title={chip.description}
            onClick={() => toggle(chip.id)}
          >
            {chip.label}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
