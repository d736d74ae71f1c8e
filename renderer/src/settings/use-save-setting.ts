import { useState } from 'react'
import type { SettingsPatch } from '../../../electron/contract'
import { api, refusalMessage } from '../api'

export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'refused'; message: string }

/** Applies a change at once; main validates it again and its refusal is shown as it is. */
export function useSaveSetting(): { status: SaveStatus; save: (patch: SettingsPatch) => Promise<boolean> } {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' })
  const save = async (patch: SettingsPatch) => {
    try {
      await api.updateSettings(patch)
      setStatus({ kind: 'saved' })
      return true
    } catch (error) {
      setStatus({ kind: 'refused', message: refusalMessage(error) })
      return false
    }
  }
  return { status, save }
}
