import { useId } from 'react'
import type { Chip } from '../../../electron/common/journal-tags'
import { useLocale } from '../i18n/use-text'

interface ChipGroupProps {
  legend: string
  hint?: string
  chips: readonly (Chip & { description?: { en: string; es: string } })[]
  selected: readonly string[]
  onChange: (selected: string[]) => void
}

/** Toggle chips: any number, or none. Each is a button that says whether it is pressed. */
export function ChipGroup({ legend, hint, chips, selected, onChange }: ChipGroupProps) {
  const locale = useLocale()
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
            title={chip.description?.[locale]}
            onClick={() => toggle(chip.id)}
          >
            {chip.label[locale]}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
