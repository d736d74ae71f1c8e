/** What each group of the journal thread's requests is given; apart so the groups need not import the service. */
import type { createJournalSearch, UtcOffsetMinutes } from '../core/journal'
import type { JournalStore } from '../platform/journal-store'

export interface ServiceParts {
  /** The open store; asking before it is open is a mistake in main's order of calls, and throws. */
  store(): JournalStore
  search: ReturnType<typeof createJournalSearch>
  /** Main's clock, as of the request being answered (the thread keeps no time of its own). */
  now(): number
  newId(): string
  utcOffset: UtcOffsetMinutes
  /** Rewrites the log soon without superseded records, so deleted or replaced words leave the disk. */
  forgetReplacedSoon(): void
}
