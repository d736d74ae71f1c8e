import { useId } from 'react'
import type { KindnessTrend } from '../../../electron/contract'
import { useLocale, useText } from '../i18n/use-text'
import { shortDay } from './format-time'

const width = 320
const height = 132
const pad = { left: 26, right: 10, top: 10, bottom: 24 }
const plotWidth = width - pad.left - pad.right
const plotHeight = height - pad.top - pad.bottom

type Point = { x: number; y: number | null }

/** Runs of consecutive points that have a value; a week without answers breaks the line instead of faking one. */
function segments(points: readonly Point[]): { x: number; y: number }[][] {
  const runs: { x: number; y: number }[][] = []
  let run: { x: number; y: number }[] = []
  for (const point of points) {
    if (point.y === null) {
      if (run.length > 0) runs.push(run)
      run = []
    } else {
      run.push({ x: point.x, y: point.y })
    }
  }
  if (run.length > 0) runs.push(run)
  return runs
}

const xAt = (index: number, count: number) => pad.left + (count <= 1 ? plotWidth / 2 : (index / (count - 1)) * plotWidth)
const yAt = (value: number, max: number) => pad.top + plotHeight - (value / max) * plotHeight

interface WeeklyChartProps {
  title: string
  /** Id of the sentence that says in words what the chart shows. */
  describedBy: string
  weeks: KindnessTrend['weeks']
  pick: (week: KindnessTrend['weeks'][number]) => { before: { mean: number | null }; after: { mean: number | null } }
}

/** Before and after, week by week, on the 0–10 scale: a dashed line and a solid one, so colour is never the only cue. */
export function WeeklyChart({ title, describedBy, weeks, pick }: WeeklyChartProps) {
  const locale = useLocale()
  const text = useText().journal
  const titleId = useId()
  const series = (['before', 'after'] as const).map((moment) => ({
    moment,
    points: weeks.map((week, index) => ({ x: xAt(index, weeks.length), y: pick(week)[moment].mean })),
  }))
  return (
    <figure className="trend-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} aria-describedby={describedBy}>
        <title id={titleId}>{title}</title>
        <Grid max={10} />
        {series.map(({ moment, points }) => (
          <g key={moment} className={`trend-line trend-${moment}`}>
            {segments(points).map((run) => (
              <polyline key={run[0]?.x} points={run.map((p) => `${p.x},${yAt(p.y, 10)}`).join(' ')} />
            ))}
            {points.map((p) => p.y !== null && <circle key={p.x} cx={p.x} cy={yAt(p.y, 10)} r={moment === 'after' ? 3.5 : 3} />)}
          </g>
        ))}
        <AxisDates first={weeks[0]?.weekStart} last={weeks.at(-1)?.weekStart} locale={locale} />
      </svg>
      <figcaption>
        <span className="trend-caption">{title}</span>
        <span className="trend-legend" aria-hidden="true">
          <span className="trend-key trend-before">{text.before}</span>
          <span className="trend-key trend-after">{text.after}</span>
        </span>
      </figcaption>
    </figure>
  )
}

/** Minutes of practice per day as bars; the scale grows with the longest day, never below five minutes. */
export function DailyBars({ title, describedBy, days }: { title: string; describedBy: string; days: KindnessTrend['days'] }) {
  const locale = useLocale()
  const titleId = useId()
  const max = Math.max(5, ...days.map((day) => day.minutes))
  const slot = plotWidth / Math.max(1, days.length)
  return (
    <figure className="trend-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} aria-describedby={describedBy}>
        <title id={titleId}>{title}</title>
        <Grid max={max} />
        <g className="trend-bars">
          {days.map((day, index) => {
            const top = yAt(day.minutes, max)
            return <rect key={day.day} x={pad.left + index * slot + slot * 0.2} y={top} width={slot * 0.6} height={pad.top + plotHeight - top} rx={2} />
          })}
        </g>
        <AxisDates first={days[0]?.day} last={days.at(-1)?.day} locale={locale} />
      </svg>
      <figcaption>
        <span className="trend-caption">{title}</span>
      </figcaption>
    </figure>
  )
}

function Grid({ max }: { max: number }) {
  const ticks = [0, max / 2, max]
  return (
    <g className="trend-grid" aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={pad.left} x2={width - pad.right} y1={yAt(tick, max)} y2={yAt(tick, max)} />
          <text x={pad.left - 6} y={yAt(tick, max) + 4} textAnchor="end">{Math.round(tick)}</text>
        </g>
      ))}
    </g>
  )
}

function AxisDates({ first, last, locale }: { first?: string; last?: string; locale: string }) {
  return (
    <g className="trend-axis" aria-hidden="true">
      {first && <text x={pad.left} y={height - 6} textAnchor="start">{shortDay(first, locale)}</text>}
      {last && <text x={width - pad.right} y={height - 6} textAnchor="end">{shortDay(last, locale)}</text>}
    </g>
  )
}
