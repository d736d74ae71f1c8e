import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Net, Protocol } from 'electron'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { registerAppScheme, resolveInside, serveBundle } from '../../electron/platform/app-protocol'
import { contentSecurityPolicy } from '../../electron/platform/security'

const root = path.resolve('/opt/Kindbreak/resources/app/out/renderer')
const isInside = (target: string) => target.startsWith(`${root}${path.sep}`)

describe('resolveInside', () => {
  it.each([
    ['/index.html', 'index.html'],
    ['/assets/index-3f2a.js', 'assets/index-3f2a.js'],
    ['/assets/../index.html', 'index.html'],
    ['/fonts/Atkinson%20Hyperlegible.woff2', 'fonts/Atkinson Hyperlegible.woff2'],
    ['/caf%C3%A9.png', 'café.png'],
    ['//index.html', 'index.html'],
    ['/etc/passwd', 'etc/passwd'],
  ])('resolves %s inside the bundle', (requestPath, inBundle) => {
    expect(resolveInside(root, requestPath)).toBe(path.join(root, inBundle))
  })

  it.each([
    ['encoded traversal to the main bundle', '/..%2F..%2Fmain%2Fmain.js'],
    ['plain traversal', '/../main/main.js'],
    ['double-encoded dots after one decode', '/%2E%2E/%2E%2E/main/main.js'],
    ['a NUL byte', '/index.html%00.png'],
    ['a raw NUL byte', '/index.html\0'],
    ['bad percent-encoding', '/%E0%A4%A'],
    ['a lone percent sign', '/100%'],
    ['the bundle folder itself', '/'],
    ['an empty path', ''],
  ])('refuses %s', (_what, requestPath) => {
    expect(resolveInside(root, requestPath)).toBeNull()
  })

  it('keeps encoded backslashes from climbing out', () => {
    const result = resolveInside(root, '/..%5C..%5Cmain%5Cmain.js')
    expect(result === null || isInside(result)).toBe(true)
  })

  it('never resolves to anything outside the bundle, whatever the path (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2E%2E', '%2e.', '..%2F', '%5C', '..\\', '%00', '', 'main', 'index.html', '%', '%2F'),
      fc.string({ maxLength: 6 }),
    )
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const result = resolveInside(root, `/${segments.join('/')}`)
        expect(result === null || isInside(result)).toBe(true)
      }),
    )
  })
})

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme that fetch can use', () => {
    const registerSchemesAsPrivileged = vi.fn()
    registerAppScheme({ registerSchemesAsPrivileged } as unknown as Protocol)
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })
})

describe('serveBundle', () => {
  function served() {
    let handler: ((request: { url: string }) => Promise<Response>) | undefined
    const protocol = { handle: vi.fn((_scheme: string, fn: typeof handler) => { handler = fn }) }
    const net = {
      fetch: vi.fn(async (_url: string) => new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } })),
    }
    serveBundle(protocol as unknown as Protocol, net as unknown as Net, root)
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    const get = (url: string) => {
      if (!handler) throw new Error('no handler registered')
      return handler({ url })
    }
    return { get, net }
  }

  it('serves a bundled file from disk with the CSP and nosniff headers', async () => {
    const { get, net } = served()
    const response = await get('app://bundle/index.html')
    expect(net.fetch).toHaveBeenCalledWith(pathToFileURL(path.join(root, 'index.html')).toString())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-type')).toBe('text/html')
    expect(await response.text()).toBe('<!doctype html>')
  })

  it('passes a missing file on as its status, still with the CSP header', async () => {
    const { get, net } = served()
    net.fetch.mockResolvedValueOnce(new Response('gone', { status: 404 }))
    const response = await get('app://bundle/missing.js')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
  })

  it.each([
    'app://bundle/..%2F..%2Fmain%2Fmain.js',
    'app://bundle/..%2fpreload%2fpreload.cjs',
    'app://bundle/%2E%2E%2F%2E%2E%2Fmain%2Fmain.js',
    'app://bundle/index.html%00',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'app://bundle.evil/index.html',
    'app://bundle:99/index.html',
  ])('answers %s with 403 and reads nothing', async (url) => {
    const { get, net } = served()
    const response = await get(url)
    expect(response.status).toBe(403)
    expect(net.fetch).not.toHaveBeenCalled()
  })
})
