import type { Text } from '../../../electron/common/locale'

/**
 * Words that keep the practices safe: the first-run note about old pain surfacing, the grounding
 * alternative behind "Feeling overwhelmed?", the plain statement of what the app is not, and the
 * crisis lines. Nothing here assesses anyone; it only offers ways out and ways to reach people.
 */

/** Shown once, before the first practice. */
export const backdraftNote = {
  title: { en: 'Before you begin', es: 'Antes de empezar' } satisfies Text,
  paragraphs: [
    {
      en: 'Being kind to yourself can sometimes stir up old hurts, the way warmth can make cold hands ache.',
      es: 'Tratarte con amabilidad a veces remueve heridas antiguas, igual que el calor puede hacer doler unas manos frías.',
    },
    {
      en: 'If that happens, it is understandable, and it does not mean you are doing anything wrong.',
      es: 'Si te pasa, es comprensible, y no significa que lo estés haciendo mal.',
    },
    {
      en: 'You can slow down, switch to something simpler, or stop at any moment.',
      es: 'Puedes ir más despacio, pasar a algo más sencillo o parar en cualquier momento.',
    },
  ] satisfies Text[],
  acknowledge: { en: 'Understood', es: 'Entendido' } satisfies Text,
} as const

/** Always reachable during a practice: a simple way back to the here and now, and a way out. */
export const overwhelmedHelp = {
  link: { en: 'Feeling overwhelmed?', es: '¿Es demasiado ahora mismo?' } satisfies Text,
  intro: {
    en: 'Let the practice go for now. Try one of these, at your own pace:',
    es: 'Deja la práctica por ahora. Prueba una de estas cosas, a tu ritmo:',
  } satisfies Text,
  steps: [
    {
      id: 'feet',
      text: {
        en: 'Feel your feet on the floor, and the chair holding you up.',
        es: 'Siente los pies en el suelo y la silla que te sostiene.',
      },
    },
    {
      id: 'sounds',
      text: {
        en: 'Listen to the sounds around you, near and far.',
        es: 'Escucha los sonidos a tu alrededor, cerca y lejos.',
      },
    },
    {
      id: 'look',
      text: {
        en: 'Look around and name a few things you can see.',
        es: 'Mira a tu alrededor y nombra algunas cosas que ves.',
      },
    },
  ] satisfies { id: string; text: Text }[],
  stop: { en: 'Stop the practice', es: 'Parar la práctica' } satisfies Text,
  reassurance: {
    en: 'Stopping is always fine. You can come back another time, or not at all.',
    es: 'Parar siempre está bien. Puedes volver en otro momento, o no volver.',
  } satisfies Text,
} as const

/** For the About screen and the crisis-lines page. */
export const wellnessDisclaimer: Text = {
  en: 'Kindbreak is a wellness tool. It is not a medical device, and it is not therapy or a substitute for it.',
  es: 'Kindbreak es una herramienta de bienestar. No es un dispositivo médico, ni es terapia ni la sustituye.',
}

/** The lines themselves are shared with main, which opens only links to their hosts. */
export { crisisLines } from '../../../electron/common/support-lines'

export const crisisLinesIntro = {
  title: { en: 'Need support now?', es: '¿Necesitas apoyo ahora?' } satisfies Text,
  body: {
    en: 'If you are in danger or thinking about ending your life, please contact your local emergency number or one of these services.',
    es: 'Si estás en peligro o piensas en quitarte la vida, llama al número de emergencias de tu zona o contacta con uno de estos servicios.',
  } satisfies Text,
} as const
