import { useEffect, useRef, useState } from 'react'
import type { JournalDraft, JournalEntry } from '../../../electron/contract'
import { journalKinds } from '../../../electron/common/journal-kinds'
import { api } from '../api'
import { ScreenHeader } from '../app/ScreenHeader'
import type { ScreenProps } from '../app/screen-props'
import { useLocale, useText } from '../i18n/use-text'
import { wordRefusal } from '../i18n/word-problem'
import { practiceWords } from '../library/practice-names'
import { BackupSection } from './BackupSection'
import { EntryDetail } from './EntryDetail'
import { EntryEditor } from './EntryEditor'
import { HistoryList } from './HistoryList'
import { historyQuery, JournalSearch, noSearch, type SearchState } from './JournalSearch'
import { SupportLines } from './SupportLines'
import { TrendSection } from './TrendSection'
import { useJournalHistory } from './use-journal-history'
import './journal.css'

type View = { kind: 'list'; returnTo?: string } | { kind: 'entry'; entry: JournalEntry } | { kind: 'edit'; entry: JournalEntry; kept?: JournalDraft }

/** What the quiet line under the header says after an action, with Undo after a delete. */
type Said = { message: string; undoId?: string; problem?: boolean }

/** The three ways to write: a reframing, a letter to yourself, three good things. */
function WriteLinks({ go }: Pick<ScreenProps, 'go'>) {
  const text = useText()
  return (
    <nav className="journal-write" aria-labelledby="journal-write-heading">
      <h2 id="journal-write-heading" className="section-heading">{text.journalKinds.writeHeading}</h2>
      {journalKinds.map((kind) => (
        <button key={kind} type="button" className="button button-small" onClick={() => go(kind)}>{practiceWords(text, kind).name}</button>
      ))}
    </nav>
  )
}

/**
 * The journal: every entry of every kind by day, newest first, a page at a time; search and chip filters; reading,
 * editing, deleting with undo; the trend; export and import; and "Need support now?" at the top.
 */
export function JournalScreen({ go, done }: ScreenProps) {
  const locale = useLocale()
  const text = useText().journal
  const problems = useText().problems
  const [search, setSearch] = useState<SearchState>(noSearch)
  const [page, setPage] = useState(0)
  // Bumped after any change to the journal, so the list and the trend are asked again.
  const [version, setVersion] = useState(0)
  const [view, setView] = useState<View>({ kind: 'list' })
  const [said, setSaid] = useState<Said | null>(null)
  const undoButton = useRef<HTMLButtonElement>(null)
  const { history, failure } = useJournalHistory(historyQuery(page, search), version)
  const changed = () => setVersion((n) => n + 1)

  useEffect(() => {
    if (said?.undoId) undoButton.current?.focus()
  }, [said])

  // Changes left unfinished when the window closed mid-edit: the journal opens on them again.
  useEffect(() => {
    let current = true
    const reopen = async () => {
      const kept = await api.getJournalDraft('edit')
      const entry = kept?.id === undefined ? null : await api.getJournalEntry(kept.id)
      if (current && kept && entry) setView({ kind: 'edit', entry, kept })
    }
    // If they cannot be read now, they stay in their file for the next visit.
    reopen().catch(() => undefined)
    return () => {
      current = false
    }
  }, [])

  const searchFor = (next: SearchState) => {
    setSearch(next)
    setPage(0)
  }

  const remove = async (entry: JournalEntry) => {
    try {
      const result = await api.deleteJournalEntry(entry.id)
      setView({ kind: 'list' })
      setSaid(result.ok ? { message: text.deleted, undoId: entry.id } : { message: text.gone })
      changed()
    } catch (error) {
      setSaid({ message: text.failed(wordRefusal(error, problems)), problem: true })
    }
  }

  const undo = async (id: string) => {
    try {
      const result = await api.undoJournalDelete(id)
      setSaid({ message: result.ok ? text.restored : text.gone })
      changed()
    } catch (error) {
      setSaid({ message: text.failed(wordRefusal(error, problems)), problem: true })
    }
  }

  const status = (
    <div className="journal-said" role="status">
      {said && (
        <>
          <span className={said.problem ? 'field-error' : undefined}>{said.message}</span>
          {said.undoId && (
            <button ref={undoButton} type="button" className="button button-small" onClick={() => void undo(said.undoId ?? '')}>
              {text.undo}
            </button>
          )}
        </>
      )}
    </div>
  )

  if (view.kind === 'entry' || view.kind === 'edit') {
    return (
      <div className="screen journal-screen">
        <ScreenHeader title={text.heading} onBack={done} />
        <SupportLines />
        {status}
        {view.kind === 'entry' ? (
          <EntryDetail
            entry={view.entry}
            onEdit={() => {
              setSaid(null)
              setView({ kind: 'edit', entry: view.entry })
            }}
            onDelete={() => void remove(view.entry)}
            onBack={() => setView({ kind: 'list', returnTo: view.entry.id })}
          />
        ) : (
          <EntryEditor
            entry={view.entry}
            kept={view.kept}
            onSaved={(entry) => {
              setSaid({ message: text.changesSaved })
              setView({ kind: 'entry', entry })
              changed()
            }}
            onCancel={() => setView({ kind: 'entry', entry: view.entry })}
          />
        )}
      </div>
    )
  }

  const open = (entry: JournalEntry) => {
    setSaid(null)
    setView({ kind: 'entry', entry })
  }

  return (
    <div className="screen journal-screen">
      <ScreenHeader title={text.heading} onBack={done} />
      <SupportLines />
      {status}
      {history && history.total === 0 ? (
        <section className="card journal-empty">
          <p>{text.empty}</p>
          <WriteLinks go={go} />
        </section>
      ) : (
        <>
          <WriteLinks go={go} />
          <JournalSearch search={search} onSearch={searchFor} matching={history?.matching ?? null} />
          {failure && <p className="field-error" role="alert">{text.failed(failure)}</p>}
          {history && <HistoryList history={history} locale={locale} returnTo={view.returnTo} onRead={open} onPage={setPage} />}
        </>
      )}
      <TrendSection version={version} />
      <BackupSection onImported={changed} />
    </div>
  )
}
