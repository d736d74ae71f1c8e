import { useId } from 'react'
import { lengthBands, practiceKinds } from '../../../electron/common/library'
import { useText } from '../i18n/use-text'
import type { LibraryFilter } from './filter'

interface Option<T> {
  value: T | null
  label: string
}

/** One filter as a labelled drop-down: "any" first, then each choice. */
function FilterSelect<T>({ label, options, value, onChange }: { label: string; options: readonly Option<T>[]; value: T | null; onChange: (value: T | null) => void }) {
  const id = useId()
  const index = options.findIndex((option) => option.value === value)
  return (
    <div className="field library-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={index} onChange={(event) => onChange(options[Number(event.target.value)]?.value ?? null)}>
        {options.map((option, at) => (
          <option key={option.label} value={at}>{option.label}</option>
        ))}
      </select>
    </div>
  )
}

/** The library's filters: kind, length, moving or still, with or without the breath. */
export function LibraryFilters({ filter, onChange }: { filter: LibraryFilter; onChange: (filter: LibraryFilter) => void }) {
  const text = useText().library
  const any = { value: null, label: text.any }
  return (
    <fieldset className="card library-filters">
      <legend>{text.filtersLegend}</legend>
      <FilterSelect
        label={text.kindLabel}
        options={[any, ...practiceKinds.map((kind) => ({ value: kind, label: text.kinds[kind] }))]}
        value={filter.kind}
        onChange={(kind) => onChange({ ...filter, kind })}
      />
      <FilterSelect
        label={text.lengthLabel}
        options={[any, ...lengthBands.map((band) => ({ value: band, label: text.lengths[band] }))]}
        value={filter.length}
        onChange={(length) => onChange({ ...filter, length })}
      />
      <FilterSelect
        label={text.movementLabel}
        options={[any, { value: false, label: text.still }, { value: true, label: text.moving }]}
        value={filter.moving}
        onChange={(moving) => onChange({ ...filter, moving })}
      />
      <FilterSelect
        label={text.breathLabel}
        options={[any, { value: true, label: text.withBreath }, { value: false, label: text.withoutBreath }]}
        value={filter.breath}
        onChange={(breath) => onChange({ ...filter, breath })}
      />
    </fieldset>
  )
}
