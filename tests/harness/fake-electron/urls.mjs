// Chromium cannot load Electron's custom schemes, and it blocks module scripts from file:// (CORS), so
// every page URL is rewritten to a fake http origin that context.route() serves:
//   file:///abs/path          <-> http://local-file.invalid/abs/path
//   scheme://host/path        <-> http://host.scheme.scheme.invalid/path   (served by protocol.handle)
const fileOrigin = 'http://local-file.invalid'
const schemeHost = /^(.+)\.([a-z][a-z0-9+-]*)\.scheme\.invalid$/

export function toBrowserUrl(url) {
  const parsed = new URL(url)
  if (parsed.protocol === 'file:') return fileOrigin + parsed.pathname
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'about:' || parsed.protocol === 'data:') return url
  const scheme = parsed.protocol.slice(0, -1)
  return `http://${parsed.host}.${scheme}.scheme.invalid${parsed.pathname}${parsed.search}${parsed.hash}`
}

export function toElectronUrl(url) {
  const parsed = new URL(url)
  if (parsed.origin === fileOrigin) return `file://${parsed.pathname}`
  const match = schemeHost.exec(parsed.hostname)
  return match ? `${match[2]}://${match[1]}${parsed.pathname}${parsed.search}${parsed.hash}` : url
}

export const isFakeOrigin = (url) => /^http:\/\/[^/]+\.invalid(\/|$)/.test(url)
