import { useId } from 'react'
import { useText } from '../i18n/use-text'
import { ChipGroup } from '../reframe/ChipGroup'
import { useChips } from '../reframe/use-chips'

export interface SearchState {
  text: string
  feelings: string[]
  thinkingTraps: string[]
}

const isSearching = (search: SearchState) => search.text.trim() !== '' || search.feelings.length > 0 || search.thinkingTraps.length > 0

/** Words to find anywhere in an entry, and chips to narrow by; how many match is said politely, only while searching. */
export function JournalSearch({ search, onSearch, matching }: { search: SearchState; onSearch: (search: SearchState) => void; matching: number | null }) {
  const text = useText().journal
  const chips = useChips()
  const inputId = useId()
  const searching = isSearching(search)
  const chipsChosen = search.feelings.length + search.thinkingTraps.length
  return (
    <div role="search" className="journal-search">
      <div className="field">
        <label htmlFor={inputId}>{text.searchLabel}</label>
        <input id={inputId} type="search" value={search.text} onChange={(event) => onSearch({ ...search, text: event.target.value })} />
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
          <button type="button" className="link-button" onClick={() => onSearch({ text: '', feelings: [], thinkingTraps: [] })}>
            {text.clearSearch}
          </button>
        )}
      </div>
    </div>
  )
}
