/** The working-hours editor's rules, kept apart from the screen so they can be tested on their own. */
export interface RangeDraft {
  start: string
  end: string
}

export type RangeProblem = 'start-format' | 'end-format' | 'order'

/** Monday first: how most people picture a working week. Values are Date#getDay() numbers (0 = Sunday). */
export const weekdaysInOrder = [1, 2, 3, 4, 5, 6, 0] as const

/** The same limit the settings schema sets. */
export const maxRangesPerDay = 12

// The settings schema's clock: 24-hour HH:MM, with 24:00 allowed so a range can run to midnight.
const clockTime = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/

/** Accepts "9:30" as well as "09:30"; anything else is returned as typed, for the message to explain. */
export function tidyTime(typed: string): string {
  const trimmed = typed.trim()
  const short = /^(\d):(\d\d)$/.exec(trimmed)
  return short ? `0${short[1]}:${short[2]}` : trimmed
}

const minutes = (time: string) => {
  const [hours = 0, mins = 0] = time.split(':').map(Number)
  return hours * 60 + mins
}

export function rangeProblem(range: RangeDraft): RangeProblem | null {
  if (!clockTime.test(range.start)) return 'start-format'
  if (!clockTime.test(range.end)) return 'end-format'
  return minutes(range.start) < minutes(range.end) ? null : 'order'
}

export function weekIsValid(days: readonly (readonly RangeDraft[])[]): boolean {
  return days.every((ranges) => ranges.length <= maxRangesPerDay && ranges.every((range) => rangeProblem(range) === null))
}

/** A new range for a day: a usual working day when it has none, else the hour after its last range. */
export function nextRange(ranges: readonly RangeDraft[]): RangeDraft {
  const last = ranges.at(-1)
  if (!last || rangeProblem(last) !== null || minutes(last.end) >= 23 * 60) return { start: '09:00', end: '17:00' }
  const start = minutes(last.end)
  const end = Math.min(start + 60, 24 * 60)
  return { start: clock(start), end: clock(end) }
}

function clock(totalMinutes: number): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${pad(Math.floor(totalMinutes / 60))}:${pad(totalMinutes % 60)}`
}
