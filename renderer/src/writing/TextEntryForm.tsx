import { useRef, type ReactNode } from 'react'
import { writtenFields, type TextKind, type WrittenField } from '../../../electron/common/journal-kinds'
import { reframeLimits } from '../content/reframe'
import { useText } from '../i18n/use-text'
import { TextField } from './TextField'
import type { TextForm } from './text-form'
import { useFormSubmit } from './use-form-submit'
import type { FormSlot } from './WritingScreen'
import '../reframe/reframe.css'

interface TextEntryFormProps extends FormSlot<TextForm> {
  kind: TextKind
  submitLabel: string
  /** Shown before the fields (the letter's prompts). */
  children?: ReactNode
  /** Extra buttons beside Save (Cancel, when editing). */
  actions?: ReactNode
}

/** A letter or three good things: labelled boxes for the person's words, one page, saved with one button. */
export function TextEntryForm({ kind, form, onChange, onSubmit, submitLabel, errors, note, children, actions }: TextEntryFormProps) {
  const text = useText()
  const formElement = useRef<HTMLFormElement>(null)
  const prompt = (field: WrittenField): { label: string; hint: string } =>
    field === 'letter' ? { label: text.letter.label, hint: text.letter.hint } : text.goodThings.prompts[field]

  // Take the person to the field that needs them.
  const { saving, submit } = useFormSubmit(onSubmit, (field) => {
    const target = formElement.current?.elements.namedItem(field)
    if (target instanceof HTMLElement) target.focus()
  })

  return (
    <form ref={formElement} className={`reframe-form writing-form writing-form-${kind}`} onSubmit={submit} noValidate>
      {note}
      {children}
      {writtenFields[kind].map((field) => (
        <TextField
          key={field}
          name={field}
          {...prompt(field)}
          rows={kind === 'letter' ? 12 : 3}
          value={form[field] ?? ''}
          error={errors[field]}
          onChange={(value) => onChange({ ...form, [field]: value })}
        />
      ))}
      <p className="hint">{text.reframe.limit(reframeLimits.maxFieldCharacters)} {text.reframe.privacy}</p>
      {errors[''] && <p className="field-error" role="alert">{errors['']}</p>}
      <div className="practice-actions">
        <button type="submit" className="button button-primary" disabled={saving}>{submitLabel}</button>
        {actions}
      </div>
    </form>
  )
}
