import { useState } from 'react'
import type { JournalDraftInput, JournalEntry, JournalSaveResult } from '../../../electron/contract'
import { nothingWrittenReason } from '../../../electron/common/journal-kinds'
import { useText } from '../i18n/use-text'
import { wordFieldIssue, wordRefusal } from '../i18n/word-problem'
import type { EntryForm } from './entry-form'

/** Messages to show, by field; the key '' holds what concerns the entry as a whole. */
export type FieldErrors = Partial<Record<string, string>>

/**
 * Saving a form of any kind, for a new entry and an edit alike: the same checks main makes are made first
 * (so the person hears at once), then main's answer is turned into messages next to the fields they
 * concern. `submit` returns the field to take the person to, or null when there is nothing to fix.
 */
export function useEntrySubmit<Form>(
  entryForm: EntryForm<Form>,
  send: (input: JournalDraftInput) => Promise<JournalSaveResult>,
  onSaved: (entry: JournalEntry) => void,
) {
  const text = useText()
  const [errors, setErrors] = useState<FieldErrors>({})

  const submit = async (form: Form): Promise<string | null> => {
    const problems = entryForm.problems(form)
    if (problems.length > 0) {
      // Too-long fields already show their message as the person types; only "nothing written" needs saying.
      const nothing = problems.some((problem) => problem.kind === 'nothing-written')
      setErrors(nothing ? { '': text.problems.journalIssues[nothingWrittenReason[entryForm.kind]](text.problems.wholeEntry) } : {})
      return problems[0]?.field ?? entryForm.firstField
    }
    let result: JournalSaveResult
    try {
      result = await send(entryForm.toInput(form))
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
    return result.issues[0]?.field ?? entryForm.firstField
  }

  return { errors, submit }
}
