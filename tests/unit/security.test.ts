import { EventEmitter } from 'node:events'
import type { App, Session, Shell } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  appEntryUrl,
  contentSecurityPolicy,
  denyAllPermissions,
  isAllowedExternalUrl,
  isTrustedSender,
  lockDownWebContents,
} from '../../electron/platform/security'

describe('isTrustedSender', () => {
  it.each([appEntryUrl, 'app://bundle/', 'app://bundle/index.html#/journal', 'app://bundle/assets/x.js?v=1'])('trusts our own page %s', (url) => {
    expect(isTrustedSender({ url })).toBe(true)
  })

  it.each([
    'file:///opt/Kindbreak/resources/app/out/renderer/index.html',
    'https://bundle/index.html',
    'https://example.com/',
    'http://bundle/index.html',
    'app://other/index.html',
    'app://bundle.evil.com/index.html',
    'app://bundle:8080/index.html',
    'app://evil/bundle/index.html',
    'APP://evil/',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://bundle/x.html',
    'data:text/html,<script>1</script>',
    'about:blank',
    '',
    'app:bundle',
    'not a url',
  ])('refuses %j', (url) => {
    expect(isTrustedSender({ url })).toBe(false)
  })

  it.each([null, undefined])('refuses a %s frame (destroyed or navigated away)', (frame) => {
    expect(isTrustedSender(frame)).toBe(false)
  })
})

describe('isAllowedExternalUrl', () => {
  const hosts = new Set(['988lifeline.org', 'www.samaritans.org'])

  it('allows https links to a listed host', () => {
    expect(isAllowedExternalUrl('https://988lifeline.org/', hosts)).toBe(true)
    expect(isAllowedExternalUrl('https://www.samaritans.org/how-we-can-help/', hosts)).toBe(true)
  })

  it.each([
    ['plain http', 'http://988lifeline.org/'],
    ['a sub-domain of a listed host', 'https://evil.988lifeline.org/'],
    ['a host that only ends like a listed one', 'https://not988lifeline.org/'],
    ['a listed host as a user name', 'https://988lifeline.org@evil.com/'],
    ['a non-default port', 'https://988lifeline.org:8443/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['our own scheme', 'app://bundle/index.html'],
    ['garbage', '::::'],
  ])('refuses %s', (_what, url) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(false)
  })

  it('allows nothing when the list is empty', () => {
    expect(isAllowedExternalUrl('https://988lifeline.org/', new Set())).toBe(false)
  })
})

describe('contentSecurityPolicy', () => {
  const directives = new Map(contentSecurityPolicy.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/)
    return [name, values] as const
  }))

  it('forbids every connection, plugin, frame and form', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('connect-src')).toEqual(["'none'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-src')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('runs only our own scripts: no eval, no inline code, no remote host anywhere', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*|https?:|wss?:|blob:/)
  })

  it('names each directive once', () => {
    expect(directives.size).toBe(contentSecurityPolicy.split(';').length)
  })
})

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    let requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined
    let checkHandler: (() => boolean) | undefined
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => { requestHandler = handler },
      setPermissionCheckHandler: (handler: typeof checkHandler) => { checkHandler = handler },
    }
    denyAllPermissions(session as unknown as Session)
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      requestHandler?.({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(checkHandler?.()).toBe(false)
  })
})

describe('lockDownWebContents', () => {
  class FakeContents extends EventEmitter {
    openHandler: ((details: { url: string }) => { action: string }) | undefined
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler
    }
  }

  function lockedDown(allowedHosts: string[] = []) {
    const app = new EventEmitter()
    const shell = { openExternal: vi.fn(async () => undefined) }
    lockDownWebContents(app as unknown as App, shell as unknown as Shell, new Set(allowedHosts))
    const contents = new FakeContents()
    app.emit('web-contents-created', {}, contents)
    const attempt = (eventName: string, url?: string) => {
      const event = { preventDefault: vi.fn() }
      contents.emit(eventName, event, url)
      return event.preventDefault.mock.calls.length > 0
    }
    return { contents, shell, attempt }
  }

  it.each(['will-navigate', 'will-redirect'])('blocks %s away from the bundle', (eventName) => {
    const { attempt } = lockedDown(['example.org'])
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://other/', 'http://bundle/', 'javascript:alert(1)']) {
      expect(attempt(eventName, url), url).toBe(true)
    }
  })

  it('lets the page move within its own bundle', () => {
    const { attempt } = lockedDown()
    expect(attempt('will-navigate', 'app://bundle/index.html#/settings')).toBe(false)
    expect(attempt('will-redirect', 'app://bundle/index.html')).toBe(false)
  })

  it('refuses to attach a webview', () => {
    expect(lockedDown().attempt('will-attach-webview')).toBe(true)
  })

  it('denies every new window, and opens an allowed https link in the browser instead', () => {
    const { contents, shell } = lockedDown(['988lifeline.org'])
    expect(contents.openHandler?.({ url: 'https://988lifeline.org/chat' })).toEqual({ action: 'deny' })
    expect(shell.openExternal).toHaveBeenCalledWith('https://988lifeline.org/chat')
    expect(shell.openExternal).toHaveBeenCalledTimes(1)
    for (const url of ['https://evil.com/', 'http://988lifeline.org/', 'app://bundle/index.html', 'file:///etc/passwd', 'about:blank']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' })
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1)
  })

  it('locks down every web contents created later, not only the first', () => {
    const app = new EventEmitter()
    lockDownWebContents(app as unknown as App, { openExternal: vi.fn() } as unknown as Shell, new Set())
    const later = [new FakeContents(), new FakeContents()]
    for (const contents of later) app.emit('web-contents-created', {}, contents)
    for (const contents of later) {
      expect(contents.listenerCount('will-navigate')).toBe(1)
      expect(contents.openHandler).toBeDefined()
    }
  })
})
