import { lengthBands, practiceKinds } from '../../../electron/common/library'
import { useText } from '../i18n/use-text'
import { FilterSelect } from '../controls/FilterSelect'
import type { LibraryFilter } from './filter'

/** The library's filters: kind, length, moving or still, with or without the breath. */
export function LibraryFilters({ filter, onChange }: { filter: LibraryFilter; onChange: (filter: LibraryFilter) => void }) {
  const text = useText().library
  const any = { value: null, label: text.any }
  return (
    <fieldset className="card library-filters">
      <legend>{text.filtersLegend}</legend>
      <FilterSelect
        className="library-filter"
        label={text.kindLabel}
        options={[any, ...practiceKinds.map((kind) => ({ value: kind, label: text.kinds[kind] }))]}
        value={filter.kind}
        onChange={(kind) => onChange({ ...filter, kind })}
      />
      <FilterSelect
        className="library-filter"
        label={text.lengthLabel}
        options={[any, ...lengthBands.map((band) => ({ value: band, label: text.lengths[band] }))]}
        value={filter.length}
        onChange={(length) => onChange({ ...filter, length })}
      />
      <FilterSelect
        className="library-filter"
        label={text.movementLabel}
        options={[any, { value: false, label: text.still }, { value: true, label: text.moving }]}
        value={filter.moving}
        onChange={(moving) => onChange({ ...filter, moving })}
      />
      <FilterSelect
        className="library-filter"
        label={text.breathLabel}
        options={[any, { value: true, label: text.withBreath }, { value: false, label: text.withoutBreath }]}
        value={filter.breath}
        onChange={(breath) => onChange({ ...filter, breath })}
      />
    </fieldset>
  )
}
