import type { BackupRefusal } from '../../common/journal-problems'
import type { JournalEntry } from './entry-schema'
import { sortNewestFirst } from './history'

/** Marks a file as ours, so importing some other JSON is refused instead of guessed at. */
export const BACKUP_FORMAT = 'kindbreak-journal'
export const BACKUP_FORMAT_VERSION = 1

export interface JournalBackup {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  exportedAt: number
  entries: JournalEntry[]
  /** The person's practice (their place on the path, their daily rhythm), if given: core/practice-backup.ts. */
  practice?: object
}

/** The complete journal, re-importable by `readJournalBackup`, with the person's practice if given. */
export function toJsonBackup(entries: readonly JournalEntry[], exportedAt: number, practice?: object): string {
  const backup: JournalBackup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt,
    entries: sortNewestFirst(entries),
    ...(practice === undefined ? {} : { practice }),
  }
  return `${JSON.stringify(backup, null, 2)}\n`
}

/** The records, and the practice as stored (unread: main checks it against the settings it would change). */
export type BackupReading = { ok: true; records: unknown[]; practice: unknown } | { ok: false; refusal: BackupRefusal }

/**
 * Checks that a file is a Kindbreak backup and hands back its records, still unvalidated: each one
 * goes through migration and validation in `mergeImport`, which reports the ones it refuses.
 */
export function readJournalBackup(fileText: string): BackupReading {
  let parsed: unknown
  try {
    parsed = JSON.parse(fileText.replace(/^\uFEFF/, ''))
  } catch {
    return refuse('not-json')
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== BACKUP_FORMAT) {
    return refuse('not-a-backup')
  }
  const { formatVersion, entries, practice } = parsed as { formatVersion?: unknown; entries?: unknown; practice?: unknown }
  if (typeof formatVersion !== 'number' || formatVersion > BACKUP_FORMAT_VERSION) {
    return refuse('newer-format')
  }
  if (!Array.isArray(entries)) {
    return refuse('no-entries')
  }
  return { ok: true, records: entries, practice }
}

function refuse(refusal: BackupRefusal): BackupReading {
  return { ok: false, refusal }
}
