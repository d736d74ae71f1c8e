import type { Text } from './locale'

/**
 * The crisis lines offered under "Need support now?": one list for both processes. The window shows them
 * (renderer/src/journal/SupportLines.tsx); main opens a link only when its host is one of theirs
 * (electron/core/support-lines.ts derives that allowlist from this list, so the two cannot drift).
 */

export interface CrisisLine {
  id: string
  /** The service's own name, as it presents itself. */
  name: string
  region: Text
  description: Text
  /** Official website; https only, because main opens only https links on the hosts of these lines. */
  url: string
  phone?: string
  /** ISO date (YYYY-MM-DD) the details were last confirmed. */
  lastChecked: string
}

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
