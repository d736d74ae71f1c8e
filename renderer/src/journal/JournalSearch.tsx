import { useId } from 'react'
import { journalKinds, type JournalKind } from '../../../electron/common/journal-kinds'
import { FilterSelect } from '../controls/FilterSelect'
import { useText } from '../i18n/use-text'
import { ChipGroup } from '../reframe/ChipGroup'
import { useChips } from '../reframe/use-chips'

export interface SearchState {
  text: string
  /** One kind of entry, or null for every kind. */
  kind: JournalKind | null
  feelings: string[]
  thinkingTraps: string[]
}

export const noSearch: SearchState = { text: '', kind: null, feelings: [], thinkingTraps: [] }

const isSearching = (search: SearchState) =>
  search.text.trim() !== '' || search.kind !== null || search.feelings.length > 0 || search.thinkingTraps.length > 0

/**
 * Words to find anywhere in an entry, the kind of entry to show, and chips to narrow reframings by; how many
 * match is said politely, only while searching.
 */
export function JournalSearch({ search, onSearch, matching }: { search: SearchState; onSearch: (search: SearchState) => void; matching: number | null }) {
  const text = useText().journal
  const kinds = useText().journalKinds
  const chips = useChips()
  const inputId = useId()
  const searching = isSearching(search)
  const chipsChosen = search.feelings.length + search.thinkingTraps.length
  return (
    <div role="search" className="journal-search">
      <div className="journal-search-row">
        <div className="field journal-search-words">
          <label htmlFor={inputId}>{text.searchLabel}</label>
          <input id={inputId} type="search" value={search.text} onChange={(event) => onSearch({ ...search, text: event.target.value })} />
        </div>
        <FilterSelect
          className="journal-kind-filter"
          label={kinds.filterLegend}
          options={[{ value: null, label: kinds.all }, ...journalKinds.map((kind) => ({ value: kind, label: kinds.plural[kind] }))]}
          value={search.kind}
          onChange={(kind) => onSearch({ ...search, kind })}
        />
      </div>
      <details className="journal-filters">
        <summary>
          {text.filters}
          {chipsChosen > 0 && ` (${chipsChosen})`}
        </summary>
        <ChipGroup legend={text.feelings} chips={chips.feelings} selected={search.feelings} onChange={(feelings) => onSearch({ ...search, feelings })} />
        <ChipGroup legend={text.traps} chips={chips.thinkingTraps} selected={search.thinkingTraps} onChange={(thinkingTraps) => onSearch({ ...search, thinkingTraps })} />
      </details>
      <div className="journal-matches">
        <p role="status">{searching && matching !== null ? text.matches(matching) : ''}</p>
        {searching && (
          <button type="button" className="link-button" onClick={() => onSearch(noSearch)}>
            {text.clearSearch}
          </button>
        )}
      </div>
    </div>
  )
}

/** The search as main is asked it. */
export function historyQuery(page: number, search: SearchState) {
  const { kind, ...rest } = search
  return { page, ...rest, kinds: kind === null ? [] : [kind] }
}
