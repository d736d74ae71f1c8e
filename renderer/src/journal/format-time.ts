/** Dates and times as the person's language writes them. The page's clock says what "today" is. */

const DAY_MS = 86_400_000

/** `YYYY-MM-DD` of an instant in the machine's time zone: the same day key main uses for the history. */
export function localDayKey(epochMs: number): string {
  const date = new Date(epochMs)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Noon of a day key, local: safe from daylight-saving edges when formatting or stepping a day. */
function noonOf(dayKey: string): Date {
  const [year = 1970, month = 1, day = 1] = dayKey.split('-').map(Number)
  return new Date(year, month - 1, day, 12)
}

export function dayHeading(dayKey: string, now: number, locale: string, words: { today: string; yesterday: string }): string {
  if (dayKey === localDayKey(now)) return words.today
  if (dayKey === localDayKey(now - DAY_MS)) return words.yesterday
  const date = noonOf(dayKey)
  const sameYear = date.getFullYear() === new Date(now).getFullYear()
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) }).format(date)
}

export function clockTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(epochMs)
}

export function dateAndTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(epochMs)
}

/** "23 Nov": a short date for chart axes. */
export function shortDay(dayKey: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(noonOf(dayKey))
}

export function oneDecimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)
}
