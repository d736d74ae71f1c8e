import { useState, type ReactNode } from 'react'
import type { JournalDraft, JournalEntry } from '../../../electron/contract'
import { api } from '../api'
import { useText } from '../i18n/use-text'
import { ReframeSteps } from '../reframe/ReframeSteps'
import { reframeEntryForm } from '../reframe/form-state'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import { TextEntryForm } from '../writing/TextEntryForm'
import type { EntryForm } from '../writing/entry-form'
import { textEntryForms } from '../writing/text-form'
import { useDraftAutosave } from '../writing/use-draft-autosave'
import { useEntrySubmit } from '../writing/use-entry-submit'
import type { FormSlot } from '../writing/WritingScreen'

interface Props {
  entry: JournalEntry
  /** Changes to this entry kept from an earlier visit (the window closed mid-edit), shown instead of the entry. */
  kept?: JournalDraft
  onSaved: (entry: JournalEntry) => void
  onCancel: () => void
}

/**
 * The entry's own form, filled in; saving replaces the entry's content and keeps its date and its kind.
 * Changes are kept as a draft while typed, so closing the window mid-edit loses nothing; Cancel drops them.
 */
export function EntryEditor({ entry, ...props }: Props) {
  const submitLabel = useText().journal.saveChanges
  if (entry.kind === 'reframe') {
    return <Editor {...props} entry={entry} entryForm={reframeEntryForm} renderForm={(slot) => <ReframeSteps {...slot} submitLabel={submitLabel} />} />
  }
  const kind = entry.kind
  return <Editor {...props} entry={entry} entryForm={textEntryForms[kind]} renderForm={(slot) => <TextEntryForm kind={kind} {...slot} submitLabel={submitLabel} />} />
}

function Editor<Form>({ entry, kept, onSaved, onCancel, entryForm, renderForm }: Props & {
  entryForm: EntryForm<Form>
  renderForm: (slot: FormSlot<Form> & { actions: ReactNode }) => ReactNode
}) {
  const text = useText().journal
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const [form, setForm] = useState<Form>(() => entryForm.from(kept ?? entry))
  const autosave = useDraftAutosave(form, entryForm, entry.id)
  const { errors, submit } = useEntrySubmit(entryForm, (input) => autosave.saveEntry(() => api.saveJournalEntry({ ...input, id: entry.id })), onSaved)
  const cancel = () => {
    autosave.cancel()
    api.clearJournalDraft('edit').catch(() => undefined)
    onCancel()
  }
  return (
    <section className="journal-edit" aria-labelledby="journal-edit-heading">
      <h2 id="journal-edit-heading" ref={heading} tabIndex={-1}>{text.editHeading}</h2>
      {renderForm({
        form,
        onChange: setForm,
        onSubmit: () => submit(form),
        errors,
        note: kept && <p className="reframe-restored" role="status">{text.editRestored}</p>,
        actions: <button type="button" className="link-button" onClick={cancel}>{text.cancelEdit}</button>,
      })}
    </section>
  )
}
