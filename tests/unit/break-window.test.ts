// The break window before its first show: made ready ahead and kept hidden; a show asked for before the
// first paint waits for it; messages sent before the page loaded wait for it too, the latest of each kind.
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { events } from '../../electron/contract'
import { createBreakWindow } from '../../electron/platform/break-window'

/** Enough of Electron's BrowserWindow for the break window; the test says when the page loads and paints. */
function fakeElectron() {
  const made: FakeWindow[] = []
  class FakeWindow extends EventEmitter {
    readonly sent: [string, unknown][] = []
    readonly webContents = Object.assign(new EventEmitter(), {
      send: (channel: string, payload: unknown) => void this.sent.push([channel, payload]),
    })
    visible = false
    focused = false
    destroyed = false
    constructor() {
      super()
      made.push(this)
    }
    loadURL = () => Promise.resolve()
    isDestroyed = () => this.destroyed
    isVisible = () => this.visible
    show = () => void (this.visible = true)
    showInactive = () => void (this.visible = true)
    focus = () => void (this.focused = true)
    hide = () => void (this.visible = false)
    destroy = () => void (this.destroyed = true)
    setBounds = () => undefined
    /** Electron emits 'ready-to-show' once, on the first paint, usually after the load (browser-window.md). */
    loadAndPaint() {
      this.webContents.emit('did-finish-load')
      this.emit('ready-to-show')
    }
  }
  const window = createBreakWindow(FakeWindow as unknown as Parameters<typeof createBreakWindow>[0], {
    preloadPath: '/preload.cjs', spellcheck: false, background: () => '#FAF5EE', alwaysOnTop: false,
  })
  return { window, made }
}

describe('a window made ready ahead of its first use', () => {
  it('is made once, hidden and without focus, and never once Kindbreak is quitting', () => {
    const { window, made } = fakeElectron()
    window.prepare()
    window.prepare()
    expect(made).toHaveLength(1)
    made[0]?.loadAndPaint()
    expect(made[0]).toMatchObject({ visible: false, focused: false })
    expect(window.isVisible()).toBe(false)

    const quitting = fakeElectron()
    quitting.window.destroy()
    quitting.window.prepare()
    expect(quitting.made).toHaveLength(0)
  })

  it('shows at once when painted; a show asked for before the first paint waits for it', () => {
    const ready = fakeElectron()
    ready.window.prepare()
    ready.made[0]?.loadAndPaint()
    ready.window.show({ focus: true })
    expect(ready.made[0]).toMatchObject({ visible: true, focused: true })

    const loading = fakeElectron()
    loading.window.prepare()
    loading.window.show({ focus: false })
    expect(loading.made[0]?.visible).toBe(false)
    expect(loading.window.isVisible()).toBe(true)
    loading.made[0]?.loadAndPaint()
    expect(loading.made[0]).toMatchObject({ visible: true, focused: false })
  })

  it('keeps what is sent before its page loaded, the latest of each kind, and sends it once loaded', () => {
    const { window, made } = fakeElectron()
    window.prepare()
    window.send('navigate', 'settings')
    window.send('rest', null)
    window.send('navigate', 'home')
    expect(made[0]?.sent).toEqual([])
    made[0]?.loadAndPaint()
    expect(made[0]?.sent).toEqual([[events.rest, null], [events.navigate, 'home']])
  })

  it('forgets a screen asked for while loading when it is hidden again before the page loaded', () => {
    const { window, made } = fakeElectron()
    window.prepare()
    window.send('navigate', 'breathe')
    window.show({ focus: true })
    window.hide()
    made[0]?.loadAndPaint()
    expect(made[0]?.sent).toEqual([])
    expect(made[0]?.visible).toBe(false)
  })
})
