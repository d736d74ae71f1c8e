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
  /** The colour painted before the page (the theme changed). */
  setBackground(colour: string): void
}

export interface BreakWindowOptions {
  preloadPath: string
  /** Whether text fields check spelling (only where the system does it without a download). */
  spellcheck: boolean
  /** The colour painted before the page: the page's own background in the current theme. */
  background(): string
  /** Whether the window may ask to stay above others (not supported on Wayland). */
  alwaysOnTop: boolean
}

export const breakWindowSize = { width: 440, height: 580 }

/**
 * The window itself: small, one title, and the security baseline (sandbox, isolation, no Node), written in
 * the constructor call where the security scanner reads it.
 */
function makeWindow(BrowserWindow: BrowserWindowClass, options: BreakWindowOptions): BrowserWindowType {
  return new BrowserWindow({
    ...breakWindowSize,
    minWidth: 360,
    minHeight: 420,
    show: false,
    alwaysOnTop: options.alwaysOnTop,
    skipTaskbar: false,
    fullscreenable: false,
    maximizable: false,
    title: 'Kindbreak',
    backgroundColor: options.background(),
    webPreferences: {
      preload: options.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: options.spellcheck,
      // The breathing guide must keep its rhythm while another app has focus.
      backgroundThrottling: false,
    },
  })
}

function reveal(target: BrowserWindowType, focus: boolean): void {
  if (focus) {
    target.show()
    target.focus()
  } else {
    target.showInactive()
  }
}

/**
 * One window for every practice, created once and then hidden and shown: peers that create a window per
 * break leak renderers over a working week.
 */
export function createBreakWindow(BrowserWindow: BrowserWindowClass, options: BreakWindowOptions): BreakWindow {
  let window: BrowserWindowType | null = null
  let loaded = false
  const hiddenListeners: (() => void)[] = []
  let closingForReal = false
  /** A show asked for before the first page loaded, carried out when it is ready. */
  let pendingShow: { focus: boolean } | null = null

  function ensureWindow(): BrowserWindowType {
    if (window && !window.isDestroyed()) return window
    loaded = false
    const created = makeWindow(BrowserWindow, options)
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
  return {
    show({ focus, bounds }) {
      const target = ensureWindow()
      if (bounds) target.setBounds(bounds)
      if (loaded) return reveal(target, focus)
      // The first page is still loading: the window appears once it is ready. Until then it counts as
      // shown, so nothing else decides the window is free (and puts another screen in it) meanwhile.
      const alreadyWaiting = pendingShow !== null
      pendingShow = { focus }
      if (!alreadyWaiting) target.once('ready-to-show', () => {
        const wanted = pendingShow
        pendingShow = null
        if (wanted) reveal(target, wanted.focus)
      })
    },
    hide() {
      pendingShow = null
      window?.hide()
    },
    onHidden(listener) {
      hiddenListeners.push(listener)
    },
    isVisible: () => Boolean(window && !window.isDestroyed() && (pendingShow !== null || window.isVisible())),
    send(event, payload) {
      if (window && !window.isDestroyed() && loaded) window.webContents.send(events[event], payload)
    },
    setBackground(colour) {
      if (window && !window.isDestroyed()) window.setBackgroundColor(colour)
    },
    destroy() {
      closingForReal = true
      if (window && !window.isDestroyed()) window.destroy()
      window = null
    },
  }
}
