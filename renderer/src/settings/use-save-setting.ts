import { useState } from 'react'
import type { SettingsPatch } from '../../../electron/contract'
import { api } from '../api'
import { useText } from '../i18n/use-text'
import { wordRefusal } from '../i18n/word-problem'

export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'refused'; message: string }

/** Applies a change at once; main validates it again and its refusal is shown as it is. */
export function useSaveSetting(): { status: SaveStatus; save: (patch: SettingsPatch) => Promise<boolean> } {
  const problems = useText().problems
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' })
  const save = async (patch: SettingsPatch) => {
    try {
      await api.updateSettings(patch)
      setStatus({ kind: 'saved' })
      return true
    } catch (error) {
      setStatus({ kind: 'refused', message: wordRefusal(error, problems) })
      return false
    }
  }
  return { status, save }
}
