import { useEffect, useState } from 'react'
import type { JournalEntry } from '../../../electron/contract'
import { api } from '../api'
import { ScreenHeader } from '../app/ScreenHeader'
import type { ScreenProps } from '../app/screen-props'
import { useText } from '../i18n/use-text'
import { SupportLines } from '../journal/SupportLines'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import { ReframeSteps } from './ReframeSteps'
import { emptyForm, formFrom, type ReframeForm } from './form-state'
import { useDraftAutosave } from './use-draft-autosave'
import { useReframeSubmit } from './use-reframe-submit'

/**
 * "Reframe a thought": a quick entry for the journal. What is typed is kept as a draft in main, so a
 * closed window or a restart brings it back here; saving clears it and says so calmly.
 */
export function ReframeScreen({ go, done }: ScreenProps) {
  const text = useText().reframe
  const [form, setForm] = useState<ReframeForm | null>(null)
  const [restored, setRestored] = useState(false)
  const [saved, setSaved] = useState<JournalEntry | null>(null)
  // A fresh form remounts the steps, so they start again at the first one.
  const [round, setRound] = useState(0)
  const autosave = useDraftAutosave(form)
  const { errors, submit } = useReframeSubmit(
    (input) => autosave.saveEntry(() => api.saveJournalEntry(input)),
    (entry) => {
      setSaved(entry)
      setForm(emptyForm)
      setRestored(false)
    },
  )

  useEffect(() => {
    let current = true
    api.getJournalDraft('new').then(
      (draft) => {
        if (!current) return
        setForm(draft ? formFrom(draft) : emptyForm)
        setRestored(draft !== null)
      },
      // Without the draft the person can still write; what was kept stays in its file.
      () => current && setForm(emptyForm),
    )
    return () => {
      current = false
    }
  }, [])

  const startAfresh = () => {
    setForm(emptyForm)
    setRestored(false)
    setRound((n) => n + 1)
  }
  const writeAnother = () => {
    setSaved(null)
    setRound((n) => n + 1)
  }

  return (
    <div className="screen reframe-screen">
      <ScreenHeader title={text.heading} onBack={done} />
      {saved ? (
        <SavedNote onJournal={() => go('journal')} onAnother={writeAnother} onHome={done} />
      ) : (
        <>
          <p className="lede">{text.intro}</p>
          {form && (
            <ReframeSteps
              key={round}
              form={form}
              onChange={setForm}
              onSubmit={() => submit(form)}
              submitLabel={text.save}
              errors={errors}
              note={
                restored && (
                  <p className="reframe-restored" role="status">
                    {text.draftRestored}{' '}
                    <button type="button" className="link-button" onClick={startAfresh}>{text.startAfresh}</button>
                  </p>
                )
              }
            />
          )}
        </>
      )}
      <SupportLines />
    </div>
  )
}

function SavedNote({ onJournal, onAnother, onHome }: { onJournal: () => void; onAnother: () => void; onHome: () => void }) {
  const text = useText().reframe
  const heading = useFocusOnMount<HTMLHeadingElement>()
  return (
    <section className="card reframe-saved" aria-labelledby="reframe-saved-heading">
      <h2 id="reframe-saved-heading" ref={heading} tabIndex={-1}>{text.savedHeading}</h2>
      <p>{text.savedBody}</p>
      <div className="practice-actions">
        <button type="button" className="button button-primary" onClick={onJournal}>{text.openJournal}</button>
        <button type="button" className="button" onClick={onAnother}>{text.writeAnother}</button>
        <button type="button" className="link-button" onClick={onHome}>{text.home}</button>
      </div>
    </section>
  )
}
