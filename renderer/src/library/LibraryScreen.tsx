import { useState } from 'react'
import { library, type LibraryPracticeId } from '../../../electron/common/library'
import { screenForPractice } from '../../../electron/common/screens'
import { api } from '../api'
import type { ScreenProps } from '../app/screen-props'
import { ScreenHeader } from '../app/ScreenHeader'
import { useText } from '../i18n/use-text'
import { anyPractice, filterLibrary, toggleFavourite, type LibraryFilter } from './filter'
import { LibraryFilters } from './LibraryFilters'
import { PathLink } from '../path/PathLink'
import { PracticeCard } from './PracticeCard'
import { practiceWords } from './practice-names'
import './library.css'

/**
 * Every practice, to browse by kind, length, movement and the breath, and to mark favourites (which a
 * timed break can turn through). Opening one plays it; Esc or the way back returns to the start.
 */
export function LibraryScreen({ state, go, done }: ScreenProps) {
  const text = useText()
  const [filter, setFilter] = useState<LibraryFilter>(anyPractice)
  // Shown at once; main keeps them in the settings, and its push catches up.
  const [favourites, setFavourites] = useState(state.settings.library.favourites)
  const shown = filterLibrary(library, filter)
  const toggle = (id: LibraryPracticeId) => {
    const updated = toggleFavourite(favourites, id)
    setFavourites(updated)
    void api.updateSettings({ library: { favourites: updated } })
  }
  return (
    <div className="screen library">
      <ScreenHeader title={text.library.heading} onBack={done} />
      <p className="lede">{text.library.intro}</p>
      <PathLink path={state.settings.path} onOpen={() => go('path')} />
      <LibraryFilters filter={filter} onChange={setFilter} />
      <p className="hint" role="status">
        {text.library.shownCount(shown.length, library.length)}
        {favourites.length > 0 && ` ${text.library.favouritesCount(favourites.length)}`}
      </p>
      {shown.length === 0 && <p>{text.library.none}</p>}
      <ul className="library-list">
        {shown.map((entry) => {
          const words = practiceWords(text, entry.id)
          const isFavourite = favourites.includes(entry.id)
          return (
            <li key={entry.id} className="library-item">
              <PracticeCard id={entry.id} onOpen={() => go(screenForPractice(entry.id))} />
              <button
                type="button"
                className="library-favourite"
                aria-pressed={isFavourite}
                aria-label={text.library.favourite(words.name)}
                onClick={() => toggle(entry.id)}
              >
                <span aria-hidden="true">{isFavourite ? '♥' : '♡'}</span>
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
