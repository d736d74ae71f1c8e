import { useMemo, useState } from 'react'
import type { PhraseEdit, PhraseEditResult, Settings } from '../../../electron/contract'
import { api } from '../api'
import { defaultPhraseBank, type PhraseBank, type PhraseStep } from '../../../electron/common/phrases'
import { offeredPhrases, type OfferedPhrases } from '../content/life-focus'
import { useFocusWords } from '../i18n/use-focus-words'
import { useLocale, useText } from '../i18n/use-text'

/**
 * The person's phrase lists (ours in their language until they change one), and the way to change them.
 * Main applies every edit with the core's rules and answers with the new lists; those show at once, until
 * the settings that main sends along catch up.
 */
export function usePhraseBank(settings: Settings): { lists: PhraseBank; edit: (edit: PhraseEdit) => Promise<PhraseEditResult> } {
  const locale = useLocale()
  const defaults = useMemo(() => defaultPhraseBank(locale), [locale])
  const [answered, setAnswered] = useState<{ after: Settings['phrases']; lists: PhraseBank } | null>(null)
  const stored = settings.phrases
  const lists = answered && answered.after === stored ? answered.lists : (stored ?? defaults)
  const edit = async (change: PhraseEdit) => {
    const result = await api.editPhrases(change)
    if (result.ok) setAnswered({ after: stored, lists: result.phrases })
    return result
  }
  return { lists, edit }
}

/** What one step offers now: the person's own phrases, or ours after those suggested for their life focus. */
export function useOfferedPhrases(settings: Settings, step: PhraseStep): OfferedPhrases {
  const { lists } = usePhraseBank(settings)
  const ours = useText().shared.phrases[step]
  const { suggested } = useFocusWords()
  return offeredPhrases(lists[step], ours, suggested[step])
}
