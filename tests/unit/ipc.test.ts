import type { IpcMain } from 'electron'
import { describe, expect, it, type Mock, vi } from 'vitest'
import { channels, type RequestName } from '../../electron/contract'
import { readRefusal } from '../../electron/common/refusals'
import { defaultSettings } from '../../electron/core/settings'
import { registerRequestHandlers, RequestRefused, type RequestHandlers } from '../../electron/platform/ipc'

type Listener = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>

function fakeIpcMain() {
  const handlers = new Map<string, Listener>()
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      handlers.set(channel, listener)
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  }
  return { ipcMain: ipcMain as unknown as IpcMain, handlers }
}

const ownWindow = { senderFrame: { url: 'app://bundle/index.html' } }
/** The IPC layer passes handler results through untouched, so any recognisable value will do. */
const state = { screen: 'home', answeredBy: 'the getState handler' }

function setUp() {
  const { ipcMain, handlers } = fakeIpcMain()
  // Every request gets a spy, so a request added to the contract is covered by the generic tests below.
  const implementation = {
    ...(Object.fromEntries(Object.keys(channels).map((name) => [name, vi.fn()])) as Record<RequestName, Mock>),
    getState: vi.fn(() => state),
    updateSettings: vi.fn((patch: object) => ({ ...defaultSettings, ...patch })),
    dismissNotice: vi.fn(async () => []),
  }
  const dispose = registerRequestHandlers(ipcMain, implementation as unknown as RequestHandlers)
  const invoke = (channel: string, event: Parameters<Listener>[0], ...args: unknown[]) => {
    const listener = handlers.get(channel)
    if (!listener) throw new Error(`nothing handles ${channel}`)
    return listener(event, ...args)
  }
  return { handlers, implementation, dispose, invoke }
}

describe('registerRequestHandlers', () => {
  it('registers one handler per contract channel', () => {
    expect([...setUp().handlers.keys()].sort()).toEqual(Object.values(channels).sort())
  })

  it('answers a valid request from our own window with the handler result', async () => {
    const { invoke, implementation } = setUp()
    await expect(invoke(channels.getState, ownWindow)).resolves.toEqual(state)
    await expect(invoke(channels.updateSettings, ownWindow, { theme: 'dark' })).resolves.toEqual({ ...defaultSettings, theme: 'dark' })
    expect(implementation.updateSettings).toHaveBeenCalledWith({ theme: 'dark' })
    await expect(invoke(channels.dismissNotice, ownWindow, 'hotkey-1')).resolves.toEqual([])
    expect(implementation.dismissNotice).toHaveBeenCalledWith('hotkey-1')
  })

  it.each([
    ['a file:// page', { senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['a remote page', { senderFrame: { url: 'https://example.com/' } }],
    ['another app:// host', { senderFrame: { url: 'app://other/index.html' } }],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses %s with a clear error, and never calls the handler', async (_who, event) => {
    const { invoke, implementation } = setUp()
    for (const channel of Object.values(channels)) {
      const refusal = invoke(channel, event, ...(channel === channels.updateSettings ? [{}] : []))
      await expect(refusal).rejects.toBeInstanceOf(RequestRefused)
      await expect(refusal).rejects.toMatchObject({ refusal: { code: 'untrusted-sender' } })
    }
    for (const handler of Object.values(implementation)) expect(handler).not.toHaveBeenCalled()
  })

  it.each([
    ['an out-of-range field, naming it by its path', [{ sound: { enabled: true, volume: 101 } }], ['sound.volume']],
    ['a bad hotkey, naming the field', [{ hotkey: 'K' }], ['hotkey']],
    ['a wrongly typed field, naming it', [{ theme: 7 }], ['theme']],
    ['an unknown key, naming the key', [{ volume: 11 }], ['volume']],
    ['a missing patch', [], ['arguments']],
    ['an extra argument', [{}, 'more'], ['arguments']],
  ])('refuses %s before the handler runs', async (_what, args, fields) => {
    const { invoke, implementation } = setUp()
    const refusal = invoke(channels.updateSettings, ownWindow, ...args)
    await expect(refusal).rejects.toBeInstanceOf(RequestRefused)
    await expect(refusal).rejects.toMatchObject({ refusal: { code: 'invalid-request', fields } })
    expect(implementation.updateSettings).not.toHaveBeenCalled()
  })

  it('names several fields in one refusal, never the values, and the window reads it back from the message', async () => {
    const { invoke } = setUp()
    const error = await invoke(channels.updateSettings, ownWindow, { sound: { enabled: 'yes', volume: 5 }, theme: 'neon' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RequestRefused)
    const { message } = error as Error
    expect(message).not.toMatch(/neon|yes|at .*\.ts/)
    // What Electron hands the window: only the message, wrapped in its own words.
    const received = new Error(`Error invoking remote method 'settings:update': RequestRefused: ${message}`)
    expect(readRefusal(received)).toEqual({ code: 'invalid-request', fields: expect.arrayContaining(['sound.enabled', 'theme']) as unknown })
  })

  it('refuses arguments on requests that take none', async () => {
    const { invoke, implementation } = setUp()
    await expect(invoke(channels.hideWindow, ownWindow, 'now')).rejects.toBeInstanceOf(RequestRefused)
    expect(implementation.hideWindow).not.toHaveBeenCalled()
  })

  it('passes on the refusal a handler throws', async () => {
    const { invoke, implementation } = setUp()
    implementation.updateSettings.mockImplementationOnce(() => {
      throw new RequestRefused({ code: 'hotkey-not-used', hotkey: 'Alt+Shift+B', problem: 'unavailable' })
    })
    await expect(invoke(channels.updateSettings, ownWindow, { hotkey: 'Alt+Shift+B' })).rejects.toMatchObject({
      refusal: { code: 'hotkey-not-used', hotkey: 'Alt+Shift+B', problem: 'unavailable' },
    })
  })

  it('returns a disposer that removes every handler, so a restart can register them again', () => {
    const { ipcMain, handlers } = fakeIpcMain()
    const noop = Object.fromEntries(Object.keys(channels).map((name) => [name, () => undefined])) as unknown as RequestHandlers
    const dispose = registerRequestHandlers(ipcMain, noop)
    dispose()
    expect(handlers.size).toBe(0)
    expect(() => registerRequestHandlers(ipcMain, noop)).not.toThrow()
    expect(handlers.size).toBe(Object.keys(channels).length)
  })
})
