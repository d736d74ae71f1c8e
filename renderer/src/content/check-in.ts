import type { Text } from '../i18n/text'

/**
 * The optional check-in before and after a practice: one tap on a 0–10 scale from harsh to kind.
 * It is the person's own measure, shown later as a gentle trend, never as a score to beat.
 */

export const checkInScale = { min: 0, max: 10 } as const

export type CheckInMoment = 'before' | 'after'

export const checkInContent = {
  question: {
    en: 'Right now, how are you treating yourself, from harsh to kind?',
    es: 'Ahora mismo, ¿te estás tratando con dureza o con amabilidad?',
  } satisfies Text,
  lead: {
    before: { en: 'Before you start', es: 'Antes de empezar' },
    after: { en: 'And now?', es: '¿Y ahora?' },
  } satisfies Record<CheckInMoment, Text>,
  minLabel: { en: 'Very harshly', es: 'Con mucha dureza' } satisfies Text,
  maxLabel: { en: 'Very kindly', es: 'Con mucha amabilidad' } satisfies Text,
  skip: { en: 'Skip', es: 'Omitir' } satisfies Text,
  note: {
    en: 'Optional, and only for you. There is no right answer.',
    es: 'Es opcional y solo para ti. No hay respuestas correctas.',
  } satisfies Text,
} as const

/** A check-in is a whole number on the scale, or null when the person skipped it. */
export type CheckInValue = number | null

export type CheckInResult = { ok: true; value: CheckInValue } | { ok: false; message: string }

/** Accepts a whole number from 0 to 10, or null/undefined for a skipped check-in. */
export function validateCheckIn(value: unknown): CheckInResult {
  if (value === null || value === undefined) return { ok: true, value: null }
  const isOnScale =
    typeof value === 'number' && Number.isInteger(value) && value >= checkInScale.min && value <= checkInScale.max
  if (isOnScale) return { ok: true, value }
  return {
    ok: false,
    message: `A check-in is a whole number from ${checkInScale.min} to ${checkInScale.max}, or left empty.`,
  }
}
