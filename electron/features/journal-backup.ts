/**
 * How the journal's exports are named in the save dialog: a file name to offer and its file type. Main's
 * part; what the files hold is the journal thread's (journal-backup-contents.ts).
 */
import { localDayKey, type UtcOffsetMinutes } from '../core/journal'

const extensions = { markdown: 'md', json: 'json', csv: 'csv' } as const

export type ExportFormat = keyof typeof extensions

/** "kindbreak-journal-2026-11-26.md": the date it was made, so several exports sort and never collide by surprise. */
export function exportFileName(format: ExportFormat, now: number, utcOffset: UtcOffsetMinutes): string {
  return `kindbreak-journal-${localDayKey(now, utcOffset)}.${extensions[format]}`
}

/** The save dialog's file type, worded for the person (`names` from the main catalog). */
export function exportFilters(format: ExportFormat, names: Record<ExportFormat, string>): { name: string; extensions: string[] }[] {
  return [{ name: names[format], extensions: [extensions[format]] }]
}
