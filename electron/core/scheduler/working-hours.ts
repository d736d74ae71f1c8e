/**
 * Working hours in LOCAL time (Date's local getters and constructor, so the TZ setting and DST apply).
 * A week of ranges is unrolled into absolute [start, end) spans around `now` and merged, so ranges that
 * touch (Mon 22:00–24:00 and Tue 00:00–06:00) form one working stretch.
 */
import { minutesOfDay, type WorkingHours } from './settings'

interface Span {
  start: number
  end: number
}

/** One day before `now` (a stretch may have begun yesterday) and eight after (a full week ahead, plus one). */
const DAYS_BEHIND = 1
const DAYS_AHEAD = 8

function localDayStart(at: number, dayOffset: number): Date {
  const day = new Date(at)
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + dayOffset)
}

function atLocalMinutes(day: Date, minutes: number): number {
  // The Date constructor normalises 24:00 to the next midnight and a time inside a DST gap to a real instant.
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minutes).getTime()
}

function workingSpansAround(now: number, hours: WorkingHours): { spans: Span[]; horizon: number } {
  const spans: Span[] = []
  for (let offset = -DAYS_BEHIND; offset <= DAYS_AHEAD; offset++) {
    const day = localDayStart(now, offset)
    for (const range of hours.days[day.getDay()] ?? []) {
      const start = atLocalMinutes(day, minutesOfDay(range.start))
      const end = atLocalMinutes(day, minutesOfDay(range.end))
      if (start < end) spans.push({ start, end })
    }
  }
  spans.sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return { spans: merged, horizon: localDayStart(now, DAYS_AHEAD + 1).getTime() }
}

/** True when breaks may happen at `now`: working hours are off, or `now` lies inside a working range. */
export function isWorkingTime(now: number, hours: WorkingHours): boolean {
  if (!hours.enabled) return true
  return workingSpansAround(now, hours).spans.some((span) => span.start <= now && now < span.end)
}

/**
 * When the working stretch containing `now` ends; null when working hours are off, `now` is outside them,
 * or the stretch never ends (every hour of the week is a working hour).
 */
export function workingStretchEnd(now: number, hours: WorkingHours): number | null {
  if (!hours.enabled) return null
  const { spans, horizon } = workingSpansAround(now, hours)
  const current = spans.find((span) => span.start <= now && now < span.end)
  if (!current || current.end >= horizon) return null
  return current.end
}

/** The first instant at or after `from` when a working stretch begins; null when the week has no working hours. */
export function nextWorkingStart(from: number, hours: WorkingHours): number | null {
  if (!hours.enabled) return null
  return workingSpansAround(from, hours).spans.find((span) => span.start >= from)?.start ?? null
}

/** The next local midnight after `now` (23, 24 or 25 hours away, depending on DST). */
export function nextLocalMidnight(now: number): number {
  return localDayStart(now, 1).getTime()
}
