import type { KindnessTrend } from '../../../electron/contract'

type Average = KindnessTrend['weeks'][number]['checkIns']['before']

/** The mean over several weeks, weighted by how many answers each week holds; null when there are none. */
export function pooledMean(averages: readonly Average[]): number | null {
  let total = 0
  let count = 0
  for (const average of averages) {
    if (average.mean === null) continue
    total += average.mean * average.count
    count += average.count
  }
  return count === 0 ? null : total / count
}

export interface BeforeAfter {
  before: number | null
  after: number | null
}

export interface TrendSummary {
  checkIns: BeforeAfter | null
  intensity: BeforeAfter | null
  practiceMinutes: number
  days: number
}

/** What the text under the charts says: only what has answers behind it, so an empty part is left out. */
export function summariseTrend(trend: KindnessTrend): TrendSummary {
  const pair = (pick: (week: KindnessTrend['weeks'][number]) => { before: Average; after: Average }): BeforeAfter | null => {
    const before = pooledMean(trend.weeks.map((week) => pick(week).before))
    const after = pooledMean(trend.weeks.map((week) => pick(week).after))
    return before === null && after === null ? null : { before, after }
  }
  return {
    checkIns: pair((week) => week.checkIns),
    intensity: pair((week) => week.intensity),
    practiceMinutes: Math.round(trend.days.reduce((sum, day) => sum + day.minutes, 0) * 10) / 10,
    days: trend.days.length,
  }
}

export function hasAnything(summary: TrendSummary): boolean {
  return summary.checkIns !== null || summary.intensity !== null || summary.practiceMinutes > 0
}
