import { crisisLines } from '../common/support-lines'

/**
 * The hosts main may open in the person's browser: those of the crisis lines offered under "Need support
 * now?" (electron/common/support-lines.ts), derived from that one list, so a line added or removed there
 * is allowed or refused here with nothing else to update.
 */
export const supportLineHosts: readonly string[] = [...new Set(crisisLines.map((line) => new URL(line.url).hostname))]

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
