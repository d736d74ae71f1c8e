import type { JournalDraft, JournalDraftInput } from '../../../electron/contract'
import type { JournalKind } from '../../../electron/common/journal-kinds'
import { reframeLimits } from '../content/reframe'

/** What stops a form being saved, found before asking main (which checks the same again). */
export type FormProblem = { field: string; kind: 'too-long' } | { field: null; kind: 'nothing-written' }

/**
 * How one kind of entry is written: its form as the person sees it, and the way between that form and what
 * main keeps. The writing screen, the autosave and the journal's editor work with any kind through this.
 */
export interface EntryForm<Form> {
  kind: JournalKind
  empty: Form
  /** An entry or a kept draft, back into the form. */
  from(saved: JournalDraft): Form
  /**
   * What goes to main: the kind and only what was written or chosen. The form is the whole entry, so a field
   * the person emptied is left out, and an edit removes it.
   */
  toInput(form: Form): JournalDraftInput
  problems(form: Form): FormProblem[]
  /** Where to take the person when a problem names no field. */
  firstField: string
}

/** Nothing written or chosen yet: there is nothing to keep as a draft. */
export function isBlank<Form>(entryForm: EntryForm<Form>, form: Form): boolean {
  const { kind: _kind, ...content } = entryForm.toInput(form)
  return Object.keys(content).length === 0
}

/** Characters as a person counts them: an emoji is one, not two. */
export function characterCount(text: string): number {
  return [...text].length
}

export function isTooLong(text: string): boolean {
  return text.length > reframeLimits.maxFieldCharacters && characterCount(text) > reframeLimits.maxFieldCharacters
}
