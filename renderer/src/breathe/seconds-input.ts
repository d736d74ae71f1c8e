/**
 * Reads what a person typed into a seconds field. Accepts a decimal comma as well as a point (Spanish
 * writes 4,5); anything that is not a plain number becomes NaN, which the custom-pattern check names.
 */
export function parseSecondsInput(typed: string): number {
  const normalised = typed.trim().replace(',', '.')
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(normalised)) return Number.NaN
  return Number(normalised)
}

/** How a number of seconds is shown back in a field, in the person's language (4.5 or 4,5). */
export const formatSecondsInput = (seconds: number, locale: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(seconds)
