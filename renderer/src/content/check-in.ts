import type { CheckInMoment } from '../../../electron/common/check-in'
import type { Text } from '../../../electron/common/locale'

/**
 * The words of the optional check-in before and after a practice: one tap on a 0–10 scale from harsh to
 * kind (the scale itself is shared with main, in electron/common/check-in.ts). It is the person's own
 * measure, shown later as a gentle trend, never as a score to beat.
 */

export { checkInScale, type CheckInMoment, type CheckInValue } from '../../../electron/common/check-in'

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
