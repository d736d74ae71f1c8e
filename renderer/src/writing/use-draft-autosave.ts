import { useCallback, useEffect, useRef } from 'react'
import { newDraftSlot } from '../../../electron/common/journal-draft-slots'
import { api } from '../api'
import { isBlank, type EntryForm } from './entry-form'

/** Long enough not to write on every key, short enough that a sudden close loses at most a few words. */
export const AUTOSAVE_DELAY_MS = 700

/**
 * Keeps the form in main's draft file as the person types: a short while after the last change, and at
 * once when the window is hidden or the screen left. A new entry goes to its kind's draft; with `editing`,
 * the form holds changes to that entry and goes to the edit draft. `cancel` drops a pending write;
 * `saveEntry` saves the entry through `request`, dropping a pending write first (main clears the draft on
 * success, and a late write must not bring it back) and writing the draft again at once if the entry was
 * not saved.
 */
export function useDraftAutosave<Form>(form: Form | null, entryForm: EntryForm<Form>, editing?: string) {
  const latest = useRef(form)
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null)
  const dirty = useRef(false)
  const loaded = useRef(false)

  const cancel = useCallback(() => {
    if (pending.current !== null) clearTimeout(pending.current)
    pending.current = null
    dirty.current = false
  }, [])

  const writeNow = useCallback(() => {
    const form = latest.current
    const wanted = dirty.current && form !== null
    cancel()
    if (!wanted) return
    // A draft that cannot be kept (a field over the limit) leaves the last good one; the field says why.
    const writing = isBlank(entryForm, form)
      ? api.clearJournalDraft(editing === undefined ? newDraftSlot(entryForm.kind) : 'edit')
      : api.saveJournalDraft(editing === undefined ? entryForm.toInput(form) : { ...entryForm.toInput(form), id: editing })
    writing.catch(() => undefined)
  }, [cancel, editing, entryForm])

  const saveEntry = useCallback(async <Result extends { ok: boolean }>(request: () => Promise<Result>): Promise<Result> => {
    cancel()
    const keepDraft = () => {
      dirty.current = true
      writeNow()
    }
    try {
      const result = await request()
      if (!result.ok) keepDraft()
      return result
    } catch (error) {
      keepDraft()
      throw error
    }
  }, [cancel, writeNow])

  useEffect(() => {
    latest.current = form
    if (form === null) return
    // The form as loaded (the kept draft, or empty) is already what the file holds.
    if (!loaded.current) {
      loaded.current = true
      return
    }
    dirty.current = true
    if (pending.current !== null) clearTimeout(pending.current)
    pending.current = setTimeout(writeNow, AUTOSAVE_DELAY_MS)
  }, [form, writeNow])

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') writeNow()
    }
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', writeNow)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', writeNow)
      writeNow()
    }
  }, [writeNow])

  return { cancel, saveEntry }
}
