import type { JournalDraftInput } from '../../../electron/contract'
import { writtenFields, type TextKind, type WrittenField } from '../../../electron/common/journal-kinds'
import { isTooLong, type EntryForm, type FormProblem } from './entry-form'

/** A kind written only in words (a letter, three good things): each field's text, '' when empty. */
export type TextForm = Partial<Record<WrittenField, string>>

const fieldsOf = (kind: TextKind): readonly WrittenField[] => writtenFields[kind]

/** The form for a kind of entry written only in words: it needs words in at least one field. */
function textEntryForm(kind: TextKind): EntryForm<TextForm> {
  const fields = fieldsOf(kind)
  return {
    kind,
    empty: Object.fromEntries(fields.map((field) => [field, ''])),
    from: (saved) => Object.fromEntries(fields.map((field) => [field, saved[field] ?? ''])),
    toInput(form) {
      const input: JournalDraftInput = { kind }
      for (const field of fields) {
        const text = form[field] ?? ''
        if (text.trim() !== '') input[field] = text
      }
      return input
    },
    problems(form) {
      const problems: FormProblem[] = fields.filter((field) => isTooLong(form[field] ?? '')).map((field) => ({ field, kind: 'too-long' }))
      if (fields.every((field) => (form[field] ?? '').trim() === '')) problems.push({ field: null, kind: 'nothing-written' })
      return problems
    },
    firstField: writtenFields[kind][0],
  }
}

/** One form per kind, shared by the kind's own screen and the journal's editor. */
export const textEntryForms: { [K in TextKind]: EntryForm<TextForm> } = {
  letter: textEntryForm('letter'),
  'good-things': textEntryForm('good-things'),
}
