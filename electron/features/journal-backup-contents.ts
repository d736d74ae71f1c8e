/**
 * What the journal's export files hold and what a chosen backup is checked for before anything changes,
 * on the journal's thread.
 */
import fs from 'node:fs'
import type { BackupRefusal } from '../common/journal-problems'
import { tagLabels } from '../common/journal-tags'
import { mainText } from '../common/catalog/main-index'
import type { JournalExportRequest, Locale } from '../contract'
import {
  mergeImport, readJournalBackup, toCsv, toJsonBackup, toMarkdown,
  type ImportMerge, type JournalEntry, type JournalLookup, type UtcOffsetMinutes,
} from '../core/journal'

export function exportText(
  entries: readonly JournalEntry[],
  request: JournalExportRequest & { locale: Locale; practice?: object },
  now: number,
  utcOffset: UtcOffsetMinutes,
): string {
  switch (request.format) {
    case 'markdown':
      return toMarkdown(entries, { words: mainText[request.locale].journalFields, utcOffset, tagLabel: (_kind, id) => tagLabels(request.locale)[id] ?? id })
    case 'json':
      return toJsonBackup(entries, now, request.practice)
    case 'csv':
      return toCsv(entries, utcOffset)
  }
}

/** Far above any real journal (100,000 entries are about 60 MB), low enough not to exhaust memory on a wrong pick. */
export const MAX_IMPORT_BYTES = 256 * 1_048_576

export type ImportPlan = { ok: true; merge: ImportMerge; practice: unknown } | { ok: false; refusal: BackupRefusal }

/**
 * Reads a chosen backup and works out what importing it would change, without changing anything yet.
 * A file that is not a usable backup is refused as a whole; records inside it that fail validation are
 * left out and listed in the report, and the rest can go in.
 */
export function planImport(file: string, journal: JournalLookup): ImportPlan {
  const size = fs.statSync(file).size
  if (size > MAX_IMPORT_BYTES) {
    return { ok: false, refusal: 'too-large' }
  }
  const reading = readJournalBackup(fs.readFileSync(file, 'utf8'))
  if (!reading.ok) return { ok: false, refusal: reading.refusal }
  return { ok: true, merge: mergeImport(journal, reading.records), practice: reading.practice }
}
