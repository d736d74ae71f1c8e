import type { SharedWords } from './catalog/en-shared'

/**
 * The crisis lines offered under "Need support now?": one list for both processes. The window shows them
 * (renderer/src/journal/SupportLines.tsx); main opens a link only when its host is one of theirs
 * (electron/core/support-lines.ts derives that allowlist from this list, so the two cannot drift). Where
 * each line serves and what it offers are worded in the catalog's shared words, keyed by the line's id.
 */

/** A line's id: each has its region and description in every catalog's shared words (one without them does not compile). */
export type CrisisLineId = keyof SharedWords['crisisLines']

export interface CrisisLine {
  id: CrisisLineId
  /** The service's own name, as it presents itself: never translated. */
  name: string
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
    url: 'https://findahelpline.com',
    lastChecked: '2026-11-26',
  },
  {
    id: 'befrienders-worldwide',
    name: 'Befrienders Worldwide',
    url: 'https://befrienders.org',
    lastChecked: '2026-11-26',
  },
  {
    id: '988-us',
    name: '988 Suicide & Crisis Lifeline',
    url: 'https://988lifeline.org',
    phone: '988',
    lastChecked: '2026-11-26',
  },
  {
    id: '988-canada',
    name: '9-8-8 Suicide Crisis Helpline',
    url: 'https://988.ca',
    phone: '988',
    lastChecked: '2026-11-26',
  },
  {
    id: 'samaritans',
    name: 'Samaritans',
    url: 'https://www.samaritans.org',
    phone: '116 123',
    lastChecked: '2026-11-26',
  },
  {
    id: 'telefono-de-la-esperanza',
    name: 'Teléfono de la Esperanza',
    url: 'https://telefonodelaesperanza.org',
    phone: '717 003 717',
    lastChecked: '2026-11-26',
  },
  {
    id: 'lifeline-australia',
    name: 'Lifeline',
    url: 'https://www.lifeline.org.au',
    phone: '13 11 14',
    lastChecked: '2026-11-26',
  },
]
