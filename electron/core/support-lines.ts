/**
 * The hosts of the crisis lines the journal offers under "Need support now?". The lines themselves
 * (names, numbers, descriptions, last-checked dates) are content in renderer/src/content/safety.ts;
 * main only needs to know where a link may lead, and a unit test (tests/unit/journal-feature.test.ts)
 * keeps this list equal to the hosts that content uses, so neither can drift without the other.
 */
export const supportLineHosts: readonly string[] = [
  'findahelpline.com',
  'befrienders.org',
  '988lifeline.org',
  '988.ca',
  'www.samaritans.org',
  'telefonodelaesperanza.org',
  'www.lifeline.org.au',
]

/** Only https, only a listed host, no credentials or odd ports smuggled into the address. */
export function isSupportLineUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    supportLineHosts.includes(parsed.hostname)
  )
}
