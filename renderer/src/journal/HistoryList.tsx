import { useState } from 'react'
import type { JournalEntry, JournalHistory } from '../../../electron/contract'
import { useText } from '../i18n/use-text'
import { EntrySummary } from './EntrySummary'
import { dayHeading } from './format-time'

interface HistoryListProps {
  history: JournalHistory
  locale: string
  /** The entry the person just came back from, whose Read button takes focus again. */
  returnTo?: string
  onRead: (entry: JournalEntry) => void
  onPage: (page: number) => void
}

/** The page's entries under a heading per day ("Today", "Yesterday", then dates), and the way to other pages. */
export function HistoryList({ history, locale, returnTo, onRead, onPage }: HistoryListProps) {
  const text = useText().journal
  // "Today" as of when the list was opened; reading across midnight keeps the words it started with.
  const [now] = useState(() => Date.now())
  return (
    <>
      {history.days.map(({ day, entries }) => (
        <section key={day} className="journal-day" aria-labelledby={`journal-day-${day}`}>
          <h2 id={`journal-day-${day}`} className="section-heading">{dayHeading(day, now, locale, text)}</h2>
          <ul className="journal-entries">
            {entries.map((entry) => (
              <li key={entry.id}>
                <EntrySummary entry={entry} returning={entry.id === returnTo} onRead={() => onRead(entry)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {history.pageCount > 1 && (
        <nav className="journal-pages" aria-label={text.pages}>
          <button type="button" className="button button-small" disabled={history.page === 0} onClick={() => onPage(history.page - 1)}>
            {text.newer}
          </button>
          <span>{text.pageOf(history.page + 1, history.pageCount)}</span>
          <button type="button" className="button button-small" disabled={history.page >= history.pageCount - 1} onClick={() => onPage(history.page + 1)}>
            {text.older}
          </button>
        </nav>
      )}
    </>
  )
}
