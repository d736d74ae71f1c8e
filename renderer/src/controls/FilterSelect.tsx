import { useId } from 'react'

export interface FilterOption<T> {
  value: T | null
  label: string
}

/** One filter as a labelled drop-down: "any" first (its value null), then each choice. */
export function FilterSelect<T>({ label, options, value, onChange, className }: {
  label: string
  options: readonly FilterOption<T>[]
  value: T | null
  onChange: (value: T | null) => void
  className?: string
}) {
  const id = useId()
  const index = options.findIndex((option) => option.value === value)
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={index} onChange={(event) => onChange(options[Number(event.target.value)]?.value ?? null)}>
        {options.map((option, at) => (
          <option key={option.label} value={at}>{option.label}</option>
        ))}
      </select>
    </div>
  )
}
