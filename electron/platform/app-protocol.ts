import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Net, Protocol } from 'electron'
import { appHost, appScheme, contentSecurityPolicy } from './security'

/** Must run before the app is ready: app:// behaves like https (secure, standard) for the bundle. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Resolves a request path inside `root`, or null when it would escape it (path traversal). */
export function resolveInside(root: string, requestPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(requestPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const target = path.resolve(root, `.${path.posix.sep}${decoded}`)
  const relative = path.relative(root, target)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null
  return target
}

/** Serves the built renderer from `root` at app://bundle/, with the CSP header on every response. */
export function serveBundle(protocol: Protocol, net: Net, root: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url)
    const target = url.host === appHost ? resolveInside(root, url.pathname) : null
    if (!target) return new Response('Not found', { status: 403 })
    const response = await net.fetch(pathToFileURL(target).toString())
    const headers = new Headers(response.headers)
    headers.set('content-security-policy', contentSecurityPolicy)
    headers.set('x-content-type-options', 'nosniff')
    return new Response(response.body, { status: response.status, headers })
  })
}
