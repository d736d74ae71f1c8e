import { useState } from 'react'
import type { JournalEntry } from '../../../electron/contract'
import { api } from '../api'
import { useText } from '../i18n/use-text'
import { ReframeSteps } from '../reframe/ReframeSteps'
import { formFrom, type ReframeForm } from '../reframe/form-state'
import { useReframeSubmit } from '../reframe/use-reframe-submit'
import { useFocusOnMount } from '../safety/use-focus-on-mount'

/** The same two steps as a new entry, filled in; saving replaces the entry's content and keeps its date. */
export function EntryEditor({ entry, onSaved, onCancel }: { entry: JournalEntry; onSaved: (entry: JournalEntry) => void; onCancel: () => void }) {
  const text = useText().journal
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const [form, setForm] = useState<ReframeForm>(() => formFrom(entry))
  const { errors, submit } = useReframeSubmit((input) => api.saveJournalEntry({ ...input, id: entry.id }), onSaved)
  return (
    <section className="journal-edit" aria-labelledby="journal-edit-heading">
      <h2 id="journal-edit-heading" ref={heading} tabIndex={-1}>{text.editHeading}</h2>
      <ReframeSteps
        form={form}
        onChange={setForm}
        onSubmit={() => submit(form)}
        submitLabel={text.saveChanges}
        errors={errors}
        actions={<button type="button" className="link-button" onClick={onCancel}>{text.cancelEdit}</button>}
      />
    </section>
  )
}
