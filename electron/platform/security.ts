import type { App, Session, Shell, WebContents } from 'electron'

export const appScheme = 'app'
export const appHost = 'bundle'
export const appEntryUrl = `${appScheme}://${appHost}/index.html`

/** No remote content of any kind: the journal is among the most private things a person writes. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Only our own bundled page may talk to main. Node's URL reports origin "null" for non-special schemes
 * such as app://, so protocol and host are compared instead of the origin.
 */
export function isTrustedSender(frame: { url: string } | null | undefined): boolean {
  if (!frame) return false
  try {
    const url = new URL(frame.url)
    return url.protocol === `${appScheme}:` && url.host === appHost
  } catch {
    return false
  }
}

/** Links open in the person's browser only when their host is on this list, and only over https. */
export function isAllowedExternalUrl(url: string, allowedHosts: ReadonlySet<string>): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && allowedHosts.has(parsed.host)
  } catch {
    return false
  }
}

/** Every permission (camera, notifications from pages, geolocation…) is refused: the window needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/**
 * Applied to every web contents the app ever creates: no navigation away from the bundle, no new windows;
 * an allowed link goes to the system browser instead.
 */
export function lockDownWebContents(app: App, shell: Shell, allowedHosts: ReadonlySet<string>): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedSender({ url })) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedSender({ url })) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url, allowedHosts)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
}
