import { useId } from 'react'
import { api } from '../api'
import { useMainAnswer } from '../app/use-main-answer'
import { useLocale, useText } from '../i18n/use-text'
import { Fold } from './Fold'
import { oneDecimal } from './format-time'
import { DailyBars, WeeklyChart } from './TrendCharts'
import { hasAnything, summariseTrend, type BeforeAfter } from './trend-summary'

/**
 * The kindness trend: the person's own check-ins and intensities over the weeks, and practice minutes per
 * day. Folded away by default, said in words as well as drawn, and never framed as a score or a streak.
 * `version` changes whenever the journal does, so the averages follow edits and deletions.
 */
export function TrendSection({ version }: { version: number }) {
  const locale = useLocale()
  const text = useText().journal
  const summaryId = useId()
  const trend = useMainAnswer(() => api.getJournalTrend(), version)

  if (!trend) return null
  const summary = summariseTrend(trend)
  const number = (value: number | null) => (value === null ? text.noAnswer : oneDecimal(value, locale))
  const sentence = (pair: BeforeAfter | null, words: (before: string, after: string) => string) =>
    pair && <p>{words(number(pair.before), number(pair.after))}</p>

  return (
    <Fold title={text.trendHeading} className="trend">
      <p className="hint">{text.trendIntro}</p>
      <div id={summaryId} className="trend-summary">
        {hasAnything(summary) ? (
          <>
            {sentence(summary.checkIns, text.checkInSummary)}
            {sentence(summary.intensity, text.intensitySummary)}
            <p>{text.practiceSummary(oneDecimal(summary.practiceMinutes, locale), summary.days)}</p>
          </>
        ) : (
          <p>{text.nothingYet}</p>
        )}
      </div>
      {summary.checkIns && <WeeklyChart title={text.checkInChart} describedBy={summaryId} weeks={trend.weeks} pick={(week) => week.checkIns} />}
      {summary.intensity && <WeeklyChart title={text.intensityChart} describedBy={summaryId} weeks={trend.weeks} pick={(week) => week.intensity} />}
      {summary.practiceMinutes > 0 && <DailyBars title={text.practiceChart} describedBy={summaryId} days={trend.days} />}
    </Fold>
  )
}
