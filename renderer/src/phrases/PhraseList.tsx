import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { PhraseEdit, PhraseEditResult } from '../../../electron/contract'
import type { PhraseStep } from '../../../electron/common/phrases'
import { useText } from '../i18n/use-text'
import { PhraseItem, type PhraseAction } from './PhraseItem'
import { usePhraseError } from './phrase-error'

interface PhraseListProps {
  step: PhraseStep
  phrases: readonly string[]
  edit: (edit: PhraseEdit) => Promise<PhraseEditResult>
  /** A short word on what just happened, for the editor's status line. */
  onNews: (news: string) => void
}

/** Where focus goes once the list has changed: the first of these that is on the page and enabled. */
type FocusTarget = readonly string[]
const onItem = (index: number, action: PhraseAction) => `[data-phrase="${index}"][data-action="${action}"]`
const addField = '[data-action="add"]'
const restoreButton = '[data-action="restore"]'

/** One step's phrases, in order, with everything a person can do to them. */
export function PhraseList({ step, phrases, edit, onNews }: PhraseListProps) {
  const text = useText().phrases
  const headingId = useId()
  const addId = useId()
  const [draft, setDraft] = useState('')
  const [editing, setEditing] = useState<number | null>(null)
  const [confirmingRestore, setConfirmingRestore] = useState(false)
  const addError = usePhraseError()
  const root = useRef<HTMLElement>(null)
  const pendingFocus = useRef<FocusTarget | null>(null)

  // Reordering or deleting re-renders the list; focus then follows the phrase (or its neighbour).
  useEffect(() => {
    const target = pendingFocus.current
    if (!target || !root.current) return
    pendingFocus.current = null
    const candidates = target.map((selector) => root.current?.querySelector<HTMLElement>(selector))
    candidates.find((element) => element && !element.hasAttribute('disabled'))?.focus()
  }, [phrases, editing, confirmingRestore])

  const run = async (change: PhraseEdit, news: string, focusAfter: FocusTarget): Promise<PhraseEditResult> => {
    pendingFocus.current = focusAfter
    const result = await edit(change)
    if (result.ok) onNews(news)
    else pendingFocus.current = null
    return result
  }

  const add = async (event: FormEvent) => {
    event.preventDefault()
    const result = await run({ kind: 'add', step, texts: [draft] }, text.added, [addField])
    addError.show(result.ok ? null : result)
    if (result.ok) setDraft('')
  }
  const move = (index: number, to: number, action: PhraseAction) =>
    void run({ kind: 'move', step, from: index, to }, text.moved, [onItem(to, action), onItem(to, action === 'up' ? 'down' : 'up')])
  const remove = (index: number) =>
    void run({ kind: 'delete', step, index }, text.deleted, [onItem(index, 'edit'), onItem(index - 1, 'edit'), addField])
  const restore = async () => {
    const result = await run({ kind: 'restore', step }, text.restored, [restoreButton])
    if (result.ok) setConfirmingRestore(false)
  }
  const stopEditing = (index: number) => {
    pendingFocus.current = [onItem(index, 'edit')]
    setEditing(null)
  }

  return (
    <section ref={root} className="card phrase-list" aria-labelledby={headingId}>
      <h3 id={headingId}>{text.steps[step]}</h3>
      {phrases.length === 0 ? (
        <p className="hint">{text.empty}</p>
      ) : (
        <ol className="phrase-items">
          {phrases.map((phrase, index) => (
            <PhraseItem
              key={`${index}:${phrase}`}
              phrase={phrase}
              index={index}
              isLast={index === phrases.length - 1}
              editing={editing === index}
              onStartEditing={() => setEditing(index)}
              onSave={async (changed) => {
                const result = await run({ kind: 'edit', step, index, text: changed }, text.saved, [onItem(index, 'edit')])
                if (result.ok) setEditing(null)
                return result
              }}
              onCancel={() => stopEditing(index)}
              onMove={(to, action) => move(index, to, action)}
              onDelete={() => remove(index)}
            />
          ))}
        </ol>
      )}
      <form className="phrase-add" onSubmit={(event) => void add(event)}>
        <label htmlFor={addId}>{text.addLabel(text.steps[step])}</label>
        <div className="phrase-row">
          <input
            id={addId}
            data-action="add"
            value={draft}
            autoComplete="off"
            aria-invalid={addError.refusal ? true : undefined}
            aria-describedby={addError.refusal ? `${addId}-error` : undefined}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button">{text.add}</button>
        </div>
        {addError.refusal && <p id={`${addId}-error`} className="field-error" role="alert">{addError.message}</p>}
      </form>
      {confirmingRestore ? (
        <div className="phrase-restore" role="group" aria-label={text.restoreQuestion}>
          <p>{text.restoreQuestion}</p>
          <div className="practice-actions">
            <button type="button" className="button" onClick={() => void restore()}>{text.restoreYes}</button>
            <button type="button" className="button" data-autofocus onClick={() => {
              pendingFocus.current = [restoreButton]
              setConfirmingRestore(false)
            }}>{text.restoreNo}</button>
          </div>
        </div>
      ) : (
        <button type="button" className="link-button" data-action="restore" onClick={() => {
          pendingFocus.current = ['[data-autofocus]']
          setConfirmingRestore(true)
        }}>{text.restore}</button>
      )}
    </section>
  )
}
