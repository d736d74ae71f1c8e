import { useEffect, useRef, useState } from 'react'
import type { JournalHistory, JournalHistoryQuery } from '../../../electron/contract'
import { api } from '../api'
import { useText } from '../i18n/use-text'
import { wordRefusal } from '../i18n/word-problem'

/**
 * One page of the history for the current search, asked again whenever the search, the page or
 * `version` (bumped after any change) moves. Answers that arrive after a newer question are dropped,
 * so fast typing never shows the results of an older search.
 */
export function useJournalHistory(query: JournalHistoryQuery, version: number) {
  const [history, setHistory] = useState<JournalHistory | null>(null)
  const problems = useText().problems
  // The error itself is kept and worded at render, so a change of language words it again.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null)
  const asked = useRef(0)
  const key = JSON.stringify(query)

  useEffect(() => {
    const ticket = ++asked.current
    api.journalHistory(JSON.parse(key) as JournalHistoryQuery).then(
      (answer) => {
        if (ticket !== asked.current) return
        setHistory(answer)
        setFailure(null)
      },
      (error: unknown) => ticket === asked.current && setFailure({ error }),
    )
  }, [key, version])

  return { history, failure: failure && wordRefusal(failure.error, problems) }
}
