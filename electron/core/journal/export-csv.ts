import { flatContent, type JournalDraft, type JournalEntry } from './entry-schema'
import { sortNewestFirst } from './history'
import { localDateTime, type UtcOffsetMinutes } from './local-time'

type Row = JournalDraft & Pick<JournalEntry, 'id' | 'createdAt' | 'updatedAt' | 'schemaVersion'>

/**
 * Columns in a fixed order so spreadsheets made from older exports line up with newer ones: the kinds'
 * columns came later, so they come last. A column that is not the row's kind's stays empty.
 */
const COLUMNS = [
  ['id', (e) => e.id],
  ['createdAt', (e, utc) => localDateTime(e.createdAt, utc)],
  ['updatedAt', (e, utc) => localDateTime(e.updatedAt, utc)],
  ['situation', (e) => e.situation ?? ''],
  ['feelings', (e) => e.feelings?.join('; ') ?? ''],
  ['intensityBefore', (e) => e.intensityBefore?.toString() ?? ''],
  ['harshVoice', (e) => e.harshVoice ?? ''],
  ['mindfulNaming', (e) => e.mindfulNaming ?? ''],
  ['commonHumanity', (e) => e.commonHumanity ?? ''],
  ['kindReply', (e) => e.kindReply ?? ''],
  ['intensityAfter', (e) => e.intensityAfter?.toString() ?? ''],
  ['thinkingTraps', (e) => e.thinkingTraps?.join('; ') ?? ''],
  ['schemaVersion', (e) => e.schemaVersion.toString()],
  ['kind', (e) => e.kind],
  ['letter', (e) => e.letter ?? ''],
  ['wentWell', (e) => e.wentWell ?? ''],
  ['alsoWentWell', (e) => e.alsoWentWell ?? ''],
  ['aboutMe', (e) => e.aboutMe ?? ''],
] as const satisfies readonly (readonly [string, (entry: Row, utc: UtcOffsetMinutes) => string])[]

/**
 * RFC 4180 CSV (CRLF rows, quoted where needed), newest first. Starts with a byte-order mark
 * because spreadsheet programs otherwise guess a legacy encoding and garble accents and emoji.
 */
export function toCsv(entries: readonly JournalEntry[], utcOffset: UtcOffsetMinutes): string {
  const header = COLUMNS.map(([name]) => name)
  const rows = sortNewestFirst(entries).map((entry) => {
    const row: Row = { ...flatContent(entry), ...entry }
    return COLUMNS.map(([, cellOf]) => cellOf(row, utcOffset))
  })
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or tab / carriage return, which some treat
 * the same) as a formula; a leading apostrophe makes it plain text. Then RFC 4180 quoting.
 */
export function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert
}
