import { useState } from 'react'
import type { PhraseEditResult } from '../../../electron/contract'
import { useText } from '../i18n/use-text'

type Refusal = Extract<PhraseEditResult, { ok: false }>

/** The last refusal of an edit, in the person's words (main sends only the rule's code). */
export function usePhraseError(): { message: string; refusal: Refusal | null; show: (refusal: Refusal | null) => void } {
  const errors = useText().phrases.errors
  const [refusal, show] = useState<Refusal | null>(null)
  return { message: refusal ? errors[refusal.code] : '', refusal, show }
}
