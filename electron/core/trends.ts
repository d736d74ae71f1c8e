import type { BreakEvent } from './break-events'
import type { UtcOffsetMinutes } from './journal/local-time'

/**
 * The journal's gentle trend: how the person's own before/after answers moved, week by week, and how
 * many minutes of practice each day held. Averages and counts only; nothing here is a score or a goal.
 */

/** An average with how many answers it rests on, so a reader can tell one answer from fifty. */
export interface Average {
  mean: number | null
  count: number
}

export interface WeekTrend {
  /** The Monday that starts the local week, `YYYY-MM-DD`. */
  weekStart: string
  /** Check-ins (0 = very harsh with myself, 10 = very kind), before and after a practice. */
  checkIns: { before: Average; after: Average }
  /** Feeling intensity written in journal entries (0 = none, 10 = strongest), before and after reframing. */
  intensity: { before: Average; after: Average }
}

export interface DayPractice {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string
  minutes: number
}

export interface KindnessTrend {
  /** Oldest first, ending with the week that holds `now`. */
  weeks: WeekTrend[]
  /** Oldest first, ending with today. */
  days: DayPractice[]
}

export interface TrendRequest {
  /** Any kind of entry: only a reframing carries intensities, the others add nothing. */
  entries: readonly { createdAt: number; intensityBefore?: number; intensityAfter?: number }[]
  events: readonly BreakEvent[]
  now: number
  utcOffset: UtcOffsetMinutes
  weeks: number
  days: number
}

const DAY_MS = 86_400_000
const MINUTE_MS = 60_000

/** Whole local days since 1970-01-01 (which was a Thursday). */
function localDayIndex(epochMs: number, utcOffset: UtcOffsetMinutes): number {
  return Math.floor((epochMs + utcOffset(epochMs) * MINUTE_MS) / DAY_MS)
}

/** The local day index of the Monday on or before `dayIndex`. */
function mondayOf(dayIndex: number): number {
  const daysSinceMonday = (((dayIndex + 3) % 7) + 7) % 7
  return dayIndex - daysSinceMonday
}

function dayKey(dayIndex: number): string {
  return new Date(dayIndex * DAY_MS).toISOString().slice(0, 10)
}

/** Collects numbers by a key, then averages them; keys outside the window are ignored. */
function averager(keys: readonly number[]) {
  const sums = new Map(keys.map((key) => [key, { total: 0, count: 0 }]))
  return {
    add(key: number, value: number | null | undefined): void {
      const bucket = sums.get(key)
      if (bucket === undefined || value === null || value === undefined) return
      bucket.total += value
      bucket.count += 1
    },
    at(key: number): Average {
      const bucket = sums.get(key) ?? { total: 0, count: 0 }
      return { mean: bucket.count === 0 ? null : bucket.total / bucket.count, count: bucket.count }
    },
  }
}

export function kindnessTrend(request: TrendRequest): KindnessTrend {
  const { utcOffset } = request
  const today = localDayIndex(request.now, utcOffset)
  const thisMonday = mondayOf(today)
  const weekCount = Math.max(1, Math.floor(request.weeks))
  const dayCount = Math.max(1, Math.floor(request.days))
  const mondays = Array.from({ length: weekCount }, (_, at) => thisMonday - 7 * (weekCount - 1 - at))
  const dayIndexes = Array.from({ length: dayCount }, (_, at) => today - (dayCount - 1 - at))

  const checkInBefore = averager(mondays)
  const checkInAfter = averager(mondays)
  const intensityBefore = averager(mondays)
  const intensityAfter = averager(mondays)
  const practiceMs = new Map(dayIndexes.map((day) => [day, 0]))

  for (const event of request.events) {
    const day = localDayIndex(event.at, utcOffset)
    if (event.kind === 'check-in') {
      ;(event.moment === 'before' ? checkInBefore : checkInAfter).add(mondayOf(day), event.value)
    } else if (event.kind === 'completed' && event.durationMs !== undefined) {
      // Only finished practices count as practice time: a break left open or skipped is not time spent practising.
      const sofar = practiceMs.get(day)
      if (sofar !== undefined) practiceMs.set(day, sofar + event.durationMs)
    }
  }
  for (const entry of request.entries) {
    const monday = mondayOf(localDayIndex(entry.createdAt, utcOffset))
    intensityBefore.add(monday, entry.intensityBefore)
    intensityAfter.add(monday, entry.intensityAfter)
  }

  return {
    weeks: mondays.map((monday) => ({
      weekStart: dayKey(monday),
      checkIns: { before: checkInBefore.at(monday), after: checkInAfter.at(monday) },
      intensity: { before: intensityBefore.at(monday), after: intensityAfter.at(monday) },
    })),
    days: dayIndexes.map((day) => ({
      day: dayKey(day),
      // Tenths of a minute: enough to show a one-minute practice, without false precision.
      minutes: Math.round(((practiceMs.get(day) ?? 0) / MINUTE_MS) * 10) / 10,
    })),
  }
}
