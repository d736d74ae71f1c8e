import { useState } from 'react'
import type { JournalDraft, JournalEntry } from '../../../electron/contract'
import { api } from '../api'
import { useText } from '../i18n/use-text'
import { ReframeSteps } from '../reframe/ReframeSteps'
import { formFrom, type ReframeForm } from '../reframe/form-state'
import { useDraftAutosave } from '../reframe/use-draft-autosave'
import { useReframeSubmit } from '../reframe/use-reframe-submit'
import { useFocusOnMount } from '../safety/use-focus-on-mount'

interface Props {
  entry: JournalEntry
  /** Changes to this entry kept from an earlier visit (the window closed mid-edit), shown instead of the entry. */
  kept?: JournalDraft
  onSaved: (entry: JournalEntry) => void
  onCancel: () => void
}

/**
 * The same two steps as a new entry, filled in; saving replaces the entry's content and keeps its date.
 * Changes are kept as a draft while typed, so closing the window mid-edit loses nothing; Cancel drops them.
 */
export function EntryEditor({ entry, kept, onSaved, onCancel }: Props) {
  const text = useText().journal
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const [form, setForm] = useState<ReframeForm>(() => formFrom(kept ?? entry))
  const autosave = useDraftAutosave(form, entry.id)
  const { errors, submit } = useReframeSubmit((input) => autosave.saveEntry(() => api.saveJournalEntry({ ...input, id: entry.id })), onSaved)
  const cancel = () => {
    autosave.cancel()
    api.clearJournalDraft('edit').catch(() => undefined)
    onCancel()
  }
  return (
    <section className="journal-edit" aria-labelledby="journal-edit-heading">
      <h2 id="journal-edit-heading" ref={heading} tabIndex={-1}>{text.editHeading}</h2>
      <ReframeSteps
        form={form}
        onChange={setForm}
        onSubmit={() => submit(form)}
        submitLabel={text.saveChanges}
        errors={errors}
        note={kept && <p className="reframe-restored" role="status">{text.editRestored}</p>}
        actions={<button type="button" className="link-button" onClick={cancel}>{text.cancelEdit}</button>}
      />
    </section>
  )
}
