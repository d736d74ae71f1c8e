import type { JournalKind } from '../journal-kinds'
import type { BackupRefusal, IssueReason, JournalField } from '../journal-problems'
import type { RefusalWords } from '../refusals'

/** What main reports as codes, in the person's words: refusals, journal issues, refused backups. */
export interface ProblemWords {
  refusals: RefusalWords
  /** A failure main did not foresee (no refusal code came with it). */
  unexpected: string
  /** Why a journal field was not accepted; `field` is the field's name as the person knows it. */
  journalIssues: Record<IssueReason, (field: string) => string>
  /** Stands in for the field's name when the entry as a whole is the problem. */
  wholeEntry: string
  backupRefusals: Record<BackupRefusal, string>
}

/** The journal's words both processes show: the export's title, each kind's and each field's name. */
export interface JournalFieldWords {
  exportTitle: string
  kinds: Record<JournalKind, string>
  fields: Record<JournalField, string>
}
