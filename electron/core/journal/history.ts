import type { JournalEntry } from './entry-schema'
import { localDayKey, type UtcOffsetMinutes } from './local-time'

export interface JournalDay {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string
  entries: JournalEntry[]
}

export interface HistoryPage {
  days: JournalDay[]
  /** Zero-based, clamped into range. */
  page: number
  pageCount: number
  totalEntries: number
}

export interface HistoryPageRequest {
  page: number
  pageSize: number
  utcOffset: UtcOffsetMinutes
}

/** Newest first; ties broken by id so the order is stable across reloads. */
export function compareNewestFirst(a: JournalEntry, b: JournalEntry): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export function sortNewestFirst(entries: readonly JournalEntry[]): JournalEntry[] {
  // Sorting a copy that is already in order is linear (V8's TimSort), so callers need not pre-sort.
  return [...entries].sort(compareNewestFirst)
}

/**
 * One page of the history, grouped by the local day each entry was written. Pages are cut by entry
 * count, so a busy day can continue on the next page under the same `day` key.
 */
export function historyPage(entries: readonly JournalEntry[], request: HistoryPageRequest): HistoryPage {
  const pageSize = Math.max(1, Math.floor(request.pageSize))
  const pageCount = Math.max(1, Math.ceil(entries.length / pageSize))
  const page = Math.min(Math.max(0, Math.floor(request.page)), pageCount - 1)
  const slice = sortNewestFirst(entries).slice(page * pageSize, (page + 1) * pageSize)
  return { days: groupByLocalDay(slice, request.utcOffset), page, pageCount, totalEntries: entries.length }
}

/** Groups runs of entries written on the same local day; pass them sorted (newest first). */
export function groupByLocalDay(entries: readonly JournalEntry[], utcOffset: UtcOffsetMinutes): JournalDay[] {
  const days: JournalDay[] = []
  for (const entry of entries) {
    const day = localDayKey(entry.createdAt, utcOffset)
    const last = days.at(-1)
    if (last?.day === day) last.entries.push(entry)
    else days.push({ day, entries: [entry] })
  }
  return days
}
