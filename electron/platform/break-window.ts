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
  /**
   * Creates the window and loads its page ahead of its first use, hidden: it takes no focus and shows
   * nothing. Does nothing if the window exists, or once it was destroyed for quitting.
   */
  prepare(): void
  /** Called whenever the window goes out of sight (closed by the person, or hidden by the app). */
  onHidden(listener: () => void): void
  hide(): void
  isVisible(): boolean
  /**
   * Sends a message to the window. Before its page has loaded, the latest message of each kind waits and
   * goes once it has (earlier, it would reach no listener); the page also pulls its state as it starts.
   */
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
  /** The page has painted once (ready-to-show): showing it now shows no blank frame. */
  let painted = false
  const hiddenListeners: (() => void)[] = []
  let closingForReal = false
  /** A show asked for before the first paint, carried out when it comes. */
  let pendingShow: { focus: boolean } | null = null
  /** Messages sent before the page loaded: the latest of each kind, in the order they were last sent. */
  const waiting = new Map<EventName, unknown>()

  function ensureWindow(): BrowserWindowType {
    if (window && !window.isDestroyed()) return window
    loaded = false
    painted = false
    const created = makeWindow(BrowserWindow, options)
    created.webContents.on('did-finish-load', () => {
      loaded = true
      for (const [event, payload] of waiting) created.webContents.send(events[event], payload)
      waiting.clear()
    })
    // Emitted once, on the first paint, also for a window never shown (paintWhenInitiallyHidden defaults
    // to true): a window made ready ahead has painted by the time it is first shown.
    created.once('ready-to-show', () => {
      painted = true
      const wanted = pendingShow
      pendingShow = null
      if (wanted) reveal(created, wanted.focus)
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
      if (painted) return reveal(target, focus)
      // The first page is still loading: the window appears once it is ready. Until then it counts as
      // shown, so nothing else decides the window is free (and puts another screen in it) meanwhile.
      pendingShow = { focus }
    },
    prepare() {
      if (!closingForReal) ensureWindow()
    },
    hide() {
      pendingShow = null
      // A screen asked for while loading is not wanted any more; the page's own pull tells it the state.
      waiting.clear()
      window?.hide()
    },
    onHidden(listener) {
      hiddenListeners.push(listener)
    },
    isVisible: () => Boolean(window && !window.isDestroyed() && (pendingShow !== null || window.isVisible())),
    send(event, payload) {
      if (!window || window.isDestroyed()) return
      if (loaded) return window.webContents.send(events[event], payload)
      waiting.delete(event)
      waiting.set(event, payload)
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
