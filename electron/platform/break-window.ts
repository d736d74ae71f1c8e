import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron'
import { events, type EventName, type EventPayloads } from '../contract'
import type { Rectangle } from '../core/popup-position'
import { appEntryUrl } from './security'

type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindowType

export interface BreakWindow {
  /**
   * Shows the window (creating it the first time). `focus: false` never takes the keyboard from the person;
   * `bounds` moves it first (a timed popup goes to a corner of the display in use).
   */
  show(options: { focus: boolean; bounds?: Rectangle }): void
  /** Called whenever the window goes out of sight (closed by the person, or hidden by the app). */
  onHidden(listener: () => void): void
  hide(): void
  isVisible(): boolean
  /** Sends a message to the window once its page has loaded (earlier messages would reach no listener). */
  send<E extends EventName>(event: E, payload: EventPayloads[E]): void
  /** Lets the window really close (on quit), instead of hiding. */
  destroy(): void
}

export const breakWindowSize = { width: 440, height: 580 }

/**
 * One window for every practice, created once and then hidden and shown: peers that create a window per
 * break leak renderers over a working week.
 */
export function createBreakWindow(BrowserWindow: BrowserWindowClass, preloadPath: string): BreakWindow {
  let window: BrowserWindowType | null = null
  let loaded = false
  const hiddenListeners: (() => void)[] = []
  let closingForReal = false

  function ensureWindow(): BrowserWindowType {
    if (window && !window.isDestroyed()) return window
    loaded = false
    const created = new BrowserWindow({
      ...breakWindowSize,
      minWidth: 360,
      minHeight: 420,
      show: false,
      alwaysOnTop: true,
      skipTaskbar: false,
      fullscreenable: false,
      maximizable: false,
      title: 'Kindbreak',
      backgroundColor: '#00000000',
      webPreferences: {
        preload: preloadPath,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: true,
        // The breathing guide must keep its rhythm while another app has focus.
        backgroundThrottling: false,
      },
    })
    created.webContents.on('did-finish-load', () => {
      loaded = true
    })
    // Closing is hiding: the same window comes back next time, with nothing to leak.
    created.on('close', (event) => {
      if (closingForReal) return
      event.preventDefault()
      created.hide()
    })
    created.on('hide', () => hiddenListeners.forEach((listener) => listener()))
    created.on('closed', () => {
      if (window === created) window = null
    })
    void created.loadURL(appEntryUrl)
    window = created
    return created
  }

  function reveal(target: BrowserWindowType, focus: boolean): void {
    if (focus) {
      target.show()
      target.focus()
    } else {
      target.showInactive()
    }
  }

  return {
    show({ focus, bounds }) {
      const target = ensureWindow()
      if (bounds) target.setBounds(bounds)
      if (loaded) reveal(target, focus)
      else target.once('ready-to-show', () => reveal(target, focus))
    },
    hide() {
      window?.hide()
    },
    onHidden(listener) {
      hiddenListeners.push(listener)
    },
    isVisible: () => Boolean(window && !window.isDestroyed() && window.isVisible()),
    send(event, payload) {
      if (window && !window.isDestroyed() && loaded) window.webContents.send(events[event], payload)
    },
    destroy() {
      closingForReal = true
      if (window && !window.isDestroyed()) window.destroy()
      window = null
    },
  }
}
