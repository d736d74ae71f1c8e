import type { JournalStatus } from '../../../electron/contract'
import { api } from '../api'
import { useMainAnswer } from '../app/use-main-answer'

/**
 * What protects the journal right now, asked again whenever the choice changes. Null until main answers,
 * or when it cannot say: then Settings simply leaves the status line out.
 */
export function useJournalStatus(encryptWanted: boolean): JournalStatus | null {
  return useMainAnswer(() => api.getJournalStatus(), encryptWanted)
}
