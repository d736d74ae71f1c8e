import { useEffect, useState } from 'react'
import type { JournalStatus } from '../../../electron/contract'
import { api } from '../api'

/**
 * What protects the journal right now, asked again whenever the choice changes. Null until main answers,
 * or when it cannot say: then Settings simply leaves the status line out.
 */
export function useJournalStatus(encryptWanted: boolean): JournalStatus | null {
  const [status, setStatus] = useState<JournalStatus | null>(null)
  useEffect(() => {
    let current = true
    api.getJournalStatus().then(
      (answer) => current && setStatus(answer),
      () => current && setStatus(null),
    )
    return () => {
      current = false
    }
  }, [encryptWanted])
  return status
}
