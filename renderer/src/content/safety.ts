import type { Text } from '../i18n/text'

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

export interface CrisisLine {
  id: string
  /** The service's own name, as it presents itself. */
  name: string
  region: Text
  description: Text
  /** Official website; https only, because links open through an allowlist of these hosts. */
  url: string
  phone?: string
  /** ISO date (YYYY-MM-DD) the details were last confirmed. */
  lastChecked: string
}

export const crisisLinesIntro = {
  title: { en: 'Need support now?', es: '¿Necesitas apoyo ahora?' } satisfies Text,
  body: {
    en: 'If you are in danger or thinking about ending your life, please contact your local emergency number or one of these services.',
    es: 'Si estás en peligro o piensas en quitarte la vida, llama al número de emergencias de tu zona o contacta con uno de estos servicios.',
  } satisfies Text,
} as const

// These details MUST be re-verified against each service's official site before every release
// (numbers and addresses do change); update `lastChecked` when you do.
export const crisisLines: readonly CrisisLine[] = [
  {
    id: 'find-a-helpline',
    name: 'Find A Helpline',
    region: { en: 'Worldwide', es: 'Todo el mundo' },
    description: {
      en: 'A directory of free, confidential helplines in many countries.',
      es: 'Un directorio de líneas de ayuda gratuitas y confidenciales en muchos países.',
    },
    url: 'https://findahelpline.com',
    lastChecked: '2026-11-26',
  },
  {
    id: 'befrienders-worldwide',
    name: 'Befrienders Worldwide',
    region: { en: 'Worldwide', es: 'Todo el mundo' },
    description: {
      en: 'Emotional support centres around the world, with a search by country.',
      es: 'Centros de apoyo emocional en todo el mundo, con búsqueda por país.',
    },
    url: 'https://befrienders.org',
    lastChecked: '2026-11-26',
  },
  {
    id: '988-us',
    name: '988 Suicide & Crisis Lifeline',
    region: { en: 'United States', es: 'Estados Unidos' },
    description: {
      en: 'Call or text 988, any time of day.',
      es: 'Llama o escribe al 988, a cualquier hora.',
    },
    url: 'https://988lifeline.org',
    phone: '988',
    lastChecked: '2026-11-26',
  },
  {
    id: '988-canada',
    name: '9-8-8 Suicide Crisis Helpline',
    region: { en: 'Canada', es: 'Canadá' },
    description: {
      en: 'Call or text 988, any time of day.',
      es: 'Llama o escribe al 988, a cualquier hora.',
    },
    url: 'https://988.ca',
    phone: '988',
    lastChecked: '2026-11-26',
  },
  {
    id: 'samaritans',
    name: 'Samaritans',
    region: { en: 'United Kingdom and Ireland', es: 'Reino Unido e Irlanda' },
    description: {
      en: 'Free to call on 116 123, day or night.',
      es: 'Llamada gratuita al 116 123, de día o de noche.',
    },
    url: 'https://www.samaritans.org',
    phone: '116 123',
    lastChecked: '2026-11-26',
  },
  {
    id: 'telefono-de-la-esperanza',
    name: 'Teléfono de la Esperanza',
    region: { en: 'Spain', es: 'España' },
    description: {
      en: 'Emotional support by phone on 717 003 717.',
      es: 'Apoyo emocional por teléfono en el 717 003 717.',
    },
    url: 'https://telefonodelaesperanza.org',
    phone: '717 003 717',
    lastChecked: '2026-11-26',
  },
  {
    id: 'lifeline-australia',
    name: 'Lifeline',
    region: { en: 'Australia', es: 'Australia' },
    description: {
      en: 'Crisis support on 13 11 14, any time of day.',
      es: 'Apoyo en crisis en el 13 11 14, a cualquier hora.',
    },
    url: 'https://www.lifeline.org.au',
    phone: '13 11 14',
    lastChecked: '2026-11-26',
  },
]

/** Hosts the app may open in the person's browser from the crisis-lines page, derived from the data. */
export const crisisLineHosts: readonly string[] = [...new Set(crisisLines.map((line) => new URL(line.url).hostname))]

/** True only for an https link to one of the crisis lines' hosts. */
export function isAllowedCrisisLineUrl(url: string): boolean {
  if (!URL.canParse(url)) return false
  const parsed = new URL(url)
  return parsed.protocol === 'https:' && parsed.username === '' && crisisLineHosts.includes(parsed.hostname)
}
