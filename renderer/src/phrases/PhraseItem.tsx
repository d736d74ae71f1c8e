import { useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { PhraseEditResult } from '../../../electron/contract'
import { useText } from '../i18n/use-text'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import { usePhraseError } from './phrase-error'

export type PhraseAction = 'edit' | 'up' | 'down' | 'delete'

interface PhraseItemProps {
  phrase: string
  index: number
  isLast: boolean
  editing: boolean
  onStartEditing: () => void
  onSave: (text: string) => Promise<PhraseEditResult>
  onCancel: () => void
  onMove: (to: number, action: 'up' | 'down') => void
  onDelete: () => void
}

/** One phrase: read with its buttons, or changed in place. Each button's name says which phrase it acts on. */
export function PhraseItem({ phrase, index, isLast, editing, onStartEditing, onSave, onCancel, onMove, onDelete }: PhraseItemProps) {
  const text = useText().phrases
  const button = (action: PhraseAction, label: string, onClick: () => void, disabled = false) => (
    <button
      type="button"
      className="phrase-button"
      data-phrase={index}
      data-action={action}
      aria-label={`${label}: ${phrase}`}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </button>
  )
  if (editing) return <PhraseEditing phrase={phrase} onSave={onSave} onCancel={onCancel} />
  return (
    <li className="phrase-item">
      <p className="phrase-text">{phrase}</p>
      <div className="phrase-buttons">
        {button('edit', text.edit, onStartEditing)}
        {button('up', text.moveUp, () => onMove(index - 1, 'up'), index === 0)}
        {button('down', text.moveDown, () => onMove(index + 1, 'down'), isLast)}
        {button('delete', text.delete, onDelete)}
      </div>
    </li>
  )
}

function PhraseEditing({ phrase, onSave, onCancel }: Pick<PhraseItemProps, 'phrase' | 'onSave' | 'onCancel'>) {
  const text = useText().phrases
  const inputId = useId()
  const [draft, setDraft] = useState(phrase)
  const error = usePhraseError()
  const input = useFocusOnMount<HTMLInputElement>()
  const save = async (event: FormEvent) => {
    event.preventDefault()
    const result = await onSave(draft)
    error.show(result.ok ? null : result)
  }
  // Esc leaves the field unchanged (and only that: the editor stays open).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onCancel()
  }
  return (
    <li className="phrase-item">
      <form onSubmit={(event) => void save(event)} onKeyDown={onKeyDown}>
        <label htmlFor={inputId} className="visually-hidden">{text.editLabel}</label>
        <input
          id={inputId}
          ref={input}
          className="phrase-input"
          value={draft}
          autoComplete="off"
          aria-invalid={error.refusal ? true : undefined}
          aria-describedby={error.refusal ? `${inputId}-error` : undefined}
          onChange={(event) => setDraft(event.target.value)}
        />
        {error.refusal && <p id={`${inputId}-error`} className="field-error" role="alert">{error.message}</p>}
        <div className="phrase-buttons">
          <button type="submit" className="phrase-button">{text.save}</button>
          <button type="button" className="phrase-button" onClick={onCancel}>{text.cancel}</button>
        </div>
      </form>
    </li>
  )
}
