import { useState, type FormEvent } from 'react'

/**
 * A writing form's submit: one save at a time (a second press while main answers does nothing), then the
 * person is taken to the field that needs them, if any.
 */
export function useFormSubmit(onSubmit: () => Promise<string | null>, goTo: (field: string) => void) {
  const [saving, setSaving] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (saving) return
    setSaving(true)
    const field = await onSubmit()
    setSaving(false)
    if (field !== null) goTo(field)
  }
  return { saving, submit }
}
