import { useId } from 'react'
import type { Settings } from '../../../electron/contract'
import { useLocale, useText } from '../i18n/use-text'
import { ToggleSetting } from './ToggleSetting'
import { useSyncedDraft } from './use-synced-draft'
import { maxRangesPerDay, nextRange, rangeProblem, tidyTime, weekIsValid, weekdaysInOrder, type RangeDraft } from './working-hours-draft'

type WorkingHours = Settings['schedule']['workingHours']
type Week = WorkingHours['days']

interface Props {
  workingHours: WorkingHours
  save: (workingHours: WorkingHours) => void
}

const sameWeek = (a: Week, b: Week) => JSON.stringify(a) === JSON.stringify(b)

/** Per weekday, any number of time ranges (a morning and an afternoon…); a day with none has no breaks. */
export function WorkingHoursEditor({ workingHours, save }: Props) {
  const text = useText().settings
  const hintId = useId()
  const [week, setWeek] = useSyncedDraft(workingHours.days, sameWeek)

  // A week with a range that does not make sense is kept on screen, explained, and not saved.
  const changeDay = (weekday: number, ranges: RangeDraft[]) => {
    const next = week.map((day, index) => (index === weekday ? ranges : day))
    setWeek(next)
    if (weekIsValid(next) && !sameWeek(next, workingHours.days)) save({ ...workingHours, days: next })
  }

  return (
    <section aria-labelledby="working-hours-heading" className="card">
      <h2 id="working-hours-heading" className="section-heading">{text.workingHoursHeading}</h2>
      <ToggleSetting
        label={text.workingHoursEnabled}
        hint={text.workingHoursHint}
        checked={workingHours.enabled}
        // Turning the hours on or off keeps the saved days, never a half-typed one.
        onChange={(enabled) => save({ ...workingHours, enabled })}
      />
      {workingHours.enabled && (
        <>
          <p id={hintId} className="hint">{text.timeHint}</p>
          <div className="week">
            {weekdaysInOrder.map((weekday) => (
              <DayRanges
                key={weekday}
                weekday={weekday}
                ranges={week[weekday] ?? []}
                hintId={hintId}
                onChange={(ranges) => changeDay(weekday, ranges)}
              />
            ))}
          </div>
        </>
      )}
    </section>
  )
}

interface DayProps {
  weekday: number
  ranges: RangeDraft[]
  hintId: string
  onChange: (ranges: RangeDraft[]) => void
}

function DayRanges({ weekday, ranges, hintId, onChange }: DayProps) {
  const text = useText().settings
  const name = useDayName(weekday)
  const id = useId()
  const update = (at: number, part: keyof RangeDraft, value: string) =>
    onChange(ranges.map((range, index) => (index === at ? { ...range, [part]: value } : range)))
  return (
    <fieldset className="day">
      <legend>{capitalise(name)}</legend>
      {ranges.length === 0 && <p className="hint">{text.dayOff}</p>}
      {ranges.length > 0 && (
        <div className="ranges">
          {ranges.map((range, at) => {
            const problem = rangeProblem(range)
            const problemId = `${id}-${at}-problem`
            const startInvalid = problem === 'start-format' || problem === 'order'
            const endInvalid = problem === 'end-format' || problem === 'order'
            return (
              <div key={at} role="group" aria-label={text.rangeLabel(name, at + 1)} className="range">
                <TimeInput
                  label={text.from}
                  value={range.start}
                  invalid={startInvalid}
                  describedBy={startInvalid ? problemId : hintId}
                  onCommit={(value) => update(at, 'start', value)}
                />
                <TimeInput
                  label={text.until}
                  value={range.end}
                  invalid={endInvalid}
                  describedBy={endInvalid ? problemId : hintId}
                  onCommit={(value) => update(at, 'end', value)}
                />
                <button
                  type="button"
                  className="link-button range-remove"
                  aria-label={text.removeRangeLabel(name, at + 1)}
                  onClick={() => onChange(ranges.filter((_, index) => index !== at))}
                >
                  {text.removeRange}
                </button>
                {problem && (
                  <p id={problemId} className="field-error range-problem" role="alert">
                    {text.rangeProblems[problem]}
                  </p>
                )}
              </div>
            )
          })}
        </div>
      )}
      {ranges.length < maxRangesPerDay ? (
        <button type="button" className="button button-small" aria-label={text.addRangeLabel(name)} onClick={() => onChange([...ranges, nextRange(ranges)])}>
          {text.addRange}
        </button>
      ) : (
        <p className="hint">{text.rangesFull}</p>
      )}
    </fieldset>
  )
}

interface TimeInputProps {
  label: string
  value: string
  invalid: boolean
  describedBy: string
  onCommit: (value: string) => void
}

/** A clock time, checked when the person leaves the field (or presses Enter), not at every keystroke. */
function TimeInput({ label, value, invalid, describedBy, onCommit }: TimeInputProps) {
  const [draft, setDraft] = useSyncedDraft(value)
  const commit = () => {
    const tidy = tidyTime(draft)
    setDraft(tidy)
    if (tidy !== value) onCommit(tidy)
  }
  return (
    <label className="time-field">
      <span>{label}</span>
      <input
        className="time-input"
        value={draft}
        inputMode="numeric"
        maxLength={5}
        spellCheck={false}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit()
        }}
      />
    </label>
  )
}

/** The weekday's name in the window's language, from Intl (7 January 2024 was a Sunday). */
function useDayName(weekday: number): string {
  const locale = useLocale()
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + weekday))
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1)
}
