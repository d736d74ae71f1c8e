import { Fragment, useEffect, useState, type ReactNode } from 'react'
import type { JournalEntry } from '../../../electron/contract'
import { newDraftSlot } from '../../../electron/common/journal-draft-slots'
import { api } from '../api'
import { ScreenHeader } from '../app/ScreenHeader'
import type { ScreenProps } from '../app/screen-props'
import { useText } from '../i18n/use-text'
import { SupportLines } from '../journal/SupportLines'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import type { EntryForm } from './entry-form'
import { useDraftAutosave } from './use-draft-autosave'
import { useEntrySubmit, type FieldErrors } from './use-entry-submit'

/** What a writing screen says, besides its form. */
export interface WritingWords {
  heading: string
  intro: string
  draftRestored: string
  savedHeading: string
  savedBody: string
  /** The way to write another entry of the same kind once one is kept. */
  another: string
}

/** What the screen hands its form: the form's state, its saving, and a note to show above the fields. */
export interface FormSlot<Form> {
  form: Form
  onChange: (form: Form) => void
  /** Saves; returns the field to take the person back to, or null. */
  onSubmit: () => Promise<string | null>
  errors: FieldErrors
  note: ReactNode
}

interface WritingScreenProps<Form> extends Pick<ScreenProps, 'go' | 'done'> {
  entryForm: EntryForm<Form>
  words: WritingWords
  className: string
  renderForm: (slot: FormSlot<Form>) => ReactNode
}

/**
 * A new journal entry of any kind. What is typed is kept as the kind's draft in main, so a closed window or
 * a restart brings it back here; saving clears it and says so calmly.
 */
export function WritingScreen<Form>({ go, done, entryForm, words, className, renderForm }: WritingScreenProps<Form>) {
  const startAfreshWord = useText().reframe.startAfresh
  const [form, setForm] = useState<Form | null>(null)
  const [restored, setRestored] = useState(false)
  const [saved, setSaved] = useState<JournalEntry | null>(null)
  // A fresh form remounts, so it starts again at its beginning.
  const [round, setRound] = useState(0)
  const autosave = useDraftAutosave(form, entryForm)
  const { errors, submit } = useEntrySubmit(
    entryForm,
    (input) => autosave.saveEntry(() => api.saveJournalEntry(input)),
    (entry) => {
      setSaved(entry)
      setForm(entryForm.empty)
      setRestored(false)
    },
  )

  useEffect(() => {
    let current = true
    api.getJournalDraft(newDraftSlot(entryForm.kind)).then(
      (draft) => {
        if (!current) return
        setForm(draft ? entryForm.from(draft) : entryForm.empty)
        setRestored(draft !== null)
      },
      // Without the draft the person can still write; what was kept stays in its file.
      () => current && setForm(entryForm.empty),
    )
    return () => {
      current = false
    }
  }, [entryForm])

  const startAfresh = () => {
    setForm(entryForm.empty)
    setRestored(false)
    setRound((n) => n + 1)
  }
  const writeAnother = () => {
    setSaved(null)
    setRound((n) => n + 1)
  }

  return (
    <div className={`screen ${className}`}>
      <ScreenHeader title={words.heading} onBack={done} />
      {saved ? (
        <SavedNote words={words} onJournal={() => go('journal')} onAnother={writeAnother} onHome={done} />
      ) : (
        <>
          <p className="lede">{words.intro}</p>
          {form !== null && (
            <Fragment key={round}>
              {renderForm({
                form,
                onChange: setForm,
                onSubmit: () => submit(form),
                errors,
                note: restored && (
                  <p className="reframe-restored" role="status">
                    {words.draftRestored}{' '}
                    <button type="button" className="link-button" onClick={startAfresh}>{startAfreshWord}</button>
                  </p>
                ),
              })}
            </Fragment>
          )}
        </>
      )}
      <SupportLines />
    </div>
  )
}

function SavedNote({ words, onJournal, onAnother, onHome }: { words: WritingWords; onJournal: () => void; onAnother: () => void; onHome: () => void }) {
  const text = useText().reframe
  const heading = useFocusOnMount<HTMLHeadingElement>()
  return (
    <section className="card reframe-saved" aria-labelledby="writing-saved-heading">
      <h2 id="writing-saved-heading" ref={heading} tabIndex={-1}>{words.savedHeading}</h2>
      <p>{words.savedBody}</p>
      <div className="practice-actions">
        <button type="button" className="button button-primary" onClick={onJournal}>{text.openJournal}</button>
        <button type="button" className="button" onClick={onAnother}>{words.another}</button>
        <button type="button" className="link-button" onClick={onHome}>{text.home}</button>
      </div>
    </section>
  )
}
