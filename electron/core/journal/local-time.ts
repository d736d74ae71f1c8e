/**
 * The core never reads the machine's time zone itself: the caller passes the offset rule, which in
 * production is `(ms) => -new Date(ms).getTimezoneOffset()` and in tests a fixed number. Taking the
 * instant as an argument keeps daylight-saving changes right for old entries.
 */
export type UtcOffsetMinutes = (epochMs: number) => number

export const UTC: UtcOffsetMinutes = () => 0

/** The calendar day an instant falls on where the person lives, as `YYYY-MM-DD`. */
export function localDayKey(epochMs: number, offset: UtcOffsetMinutes): string {
  return shifted(epochMs, offset).toISOString().slice(0, 10)
}

/** `YYYY-MM-DDTHH:mm±hh:mm`: unambiguous for machines, readable for people. */
export function localDateTime(epochMs: number, offset: UtcOffsetMinutes): string {
  const minutes = offset(epochMs)
  const sign = minutes < 0 ? '-' : '+'
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')
  const rest = String(Math.abs(minutes) % 60).padStart(2, '0')
  return `${shifted(epochMs, offset).toISOString().slice(0, 16)}${sign}${hours}:${rest}`
}

/** `HH:mm` local time. */
export function localClockTime(epochMs: number, offset: UtcOffsetMinutes): string {
  return shifted(epochMs, offset).toISOString().slice(11, 16)
}

function shifted(epochMs: number, offset: UtcOffsetMinutes): Date {
  return new Date(epochMs + offset(epochMs) * 60_000)
}
