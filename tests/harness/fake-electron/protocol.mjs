import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app } from './app.mjs'
import { isFakeOrigin, toElectronUrl } from './urls.mjs'
import { launchWorld } from './world.mjs'

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    // A second process's registration stays in that process (it exits at once).
    if (!app.secondProcess) launchWorld().privilegedSchemes.push(...schemes)
  },
  handle(scheme, handler) { launchWorld().schemeHandlers.set(scheme, handler) },
  unhandle(scheme) { launchWorld().schemeHandlers.delete(scheme) },
  isProtocolHandled: (scheme) => launchWorld().schemeHandlers.has(scheme),
}

/** Serves the fake origins: file URLs from the app's own folder, custom schemes through the app's handlers. */
async function serveFakeOrigin(route, world) {
  const request = route.request()
  const electronUrl = toElectronUrl(request.url())
  if (electronUrl.startsWith('file:')) {
    const file = fileURLToPath(electronUrl)
    if (!file.startsWith(world.outDir + path.sep) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' })
    return route.fulfill({ path: file })
  }
  const scheme = electronUrl.slice(0, electronUrl.indexOf(':'))
  const handler = world.schemeHandlers.get(scheme)
  if (!handler) return route.fulfill({ status: 404, body: `no handler for ${scheme}:` })
  const response = await handler(new Request(electronUrl, { method: request.method(), headers: request.headers() }))
  return route.fulfill({
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: Buffer.from(await response.arrayBuffer()),
  })
}

/**
 * Everything else a page asks for: a navigation is offered to the app's will-navigate listeners (as Electron
 * does) and then goes nowhere; any other request is remote content, refused and recorded.
 */
async function refuseOtherOrigins(route, world) {
  const request = route.request()
  const page = request.frame().page()
  const window = world.pageToWindow.get(page)
  if (request.isNavigationRequest() && window) {
    const event = { defaultPrevented: false, preventDefault() { event.defaultPrevented = true } }
    window.webContents.emit('will-navigate', event, request.url())
    world.navigationAttempts.push({ url: request.url(), prevented: event.defaultPrevented })
    // A prevented navigation leaves the page as it was; 204 No Content makes Chromium do just that.
    if (event.defaultPrevented) return route.fulfill({ status: 204 })
  } else {
    world.remoteRequests.push({ url: request.url(), from: 'page' })
  }
  return route.abort('blockedbyclient')
}

export async function routeContext(context, world) {
  await context.route(() => true, (route) => {
    const url = route.request().url()
    if (isFakeOrigin(url)) return serveFakeOrigin(route, world)
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    return refuseOtherOrigins(route, world)
  })
}

/**
 * shell/browser/api/electron_api_protocol.cc: registerSchemesAsPrivileged appends one switch per privilege
 * (comma-joined schemes, none for an empty list) to the process's own command line, in this order, so child
 * processes learn them; a second instance's command line, forwarded whole, carries them too.
 */
const privilegeSwitches = [
  ['secure', '--secure-schemes'], ['bypassCSP', '--bypasscsp-schemes'], ['corsEnabled', '--cors-schemes'],
  ['supportFetchAPI', '--fetch-schemes'], ['allowServiceWorkers', '--service-worker-schemes'],
  ['allowExtensions', '--extension-schemes'], ['standard', '--standard-schemes'], ['stream', '--streaming-schemes'],
  ['codeCache', '--code-cache-schemes'],
]

export function privilegedSchemeSwitches(schemes) {
  return privilegeSwitches.flatMap(([privilege, name]) => {
    const names = schemes.filter((entry) => entry.privileges?.[privilege]).map((entry) => entry.scheme)
    return names.length > 0 ? [`${name}=${names.join(',')}`] : []
  })
}
