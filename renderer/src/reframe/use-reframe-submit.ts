import { useState } from 'react'
import type { JournalDraftInput, JournalEntry, JournalSaveResult } from '../../../electron/contract'
import { useText } from '../i18n/use-text'
import { wordFieldIssue, wordRefusal } from '../i18n/word-problem'
import { formProblems, toDraftInput, type ReframeForm } from './form-state'

/** Messages to show, by field; the key '' holds what concerns the entry as a whole. */
export type FieldErrors = Partial<Record<string, string>>

/**
 * Saving the form, for a new entry and an edit alike: the same checks main makes are made first (so the
 * person hears at once), then main's answer is turned into messages next to the fields they concern.
 * `submit` returns the field to take the person to, or null when there is nothing to fix.
 */
export function useReframeSubmit(send: (input: JournalDraftInput) => Promise<JournalSaveResult>, onSaved: (entry: JournalEntry) => void) {
  const text = useText()
  const [errors, setErrors] = useState<FieldErrors>({})

  const submit = async (form: ReframeForm): Promise<string | null> => {
    const problems = formProblems(form)
    if (problems.length > 0) {
      // Too-long fields already show their message as the person types; only "nothing written" needs saying.
      setErrors(problems.some((problem) => problem.kind === 'nothing-written') ? { '': text.reframe.nothingWritten } : {})
      return problems[0]?.field ?? 'harshVoice'
    }
    let result: JournalSaveResult
    try {
      result = await send(toDraftInput(form))
    } catch (error) {
      setErrors({ '': text.reframe.notSaved(wordRefusal(error, text.problems)) })
      return null
    }
    if (result.ok) {
      setErrors({})
      onSaved(result.entry)
      return null
    }
    if (result.code === 'not-found') {
      setErrors({ '': text.journal.gone })
      return null
    }
    setErrors(Object.fromEntries(result.issues.map((issue) => [issue.field ?? '', wordFieldIssue(issue, text)])))
    return result.issues[0]?.field ?? 'harshVoice'
  }

  return { errors, submit }
}
