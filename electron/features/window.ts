/**
 * The one practice window and where it is: which screen it shows (the window reports its own moves, so
 * the state main hands out never goes stale), opening it, painting it in the theme's colour, and making it
 * ready ahead of its first use.
 */
import type { BrowserWindowConstructorOptions, BrowserWindow as BrowserWindowType } from 'electron'
import type { AppState } from '../contract'
import { localSpellcheck, quietWindowsWork, type Desktop } from '../core/desktop'
import type { Screen } from '../common/screens'
import type { Settings } from '../core/settings'
import { windowBackground } from '../core/window-background'
import { createBreakWindow, type BreakWindow } from '../platform/break-window'
import type { Feature } from './feature'

export interface WindowFeature extends Feature {
  window: BreakWindow
  screen(): Screen
  /** Shows a screen in the window (a timed popup passes focus: false and its corner). */
  showScreen(screen: Screen, options: Parameters<BreakWindow['show']>[0]): void
  /** The person asked for Kindbreak: bring the window forward as it is, or open the start. */
  openHome(): void
  /** Tells the window the state changed. */
  refresh(): void
  /** Makes the window ready, hidden and resting, once start-up is over (see WindowDeps.whenQuiet). */
  readySoon(): void
}

export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType
  preloadPath: string
  desktop: Desktop
  settings(): Settings
  /** Whether the system itself is dark (for the "system" theme). */
  systemIsDark(): boolean
  state(): AppState
  /**
   * Runs a task once start-up is over and the machine is quiet; returns what cancels it. Creating the page
   * is most of a first window's wait (docs/PERFORMANCE.md), so it is paid there, not at the first press.
   */
  whenQuiet(task: () => void): () => void
}

export function createWindowFeature(deps: WindowDeps): WindowFeature {
  const background = () => windowBackground(deps.settings().theme, deps.systemIsDark())
  const window = createBreakWindow(deps.BrowserWindow, {
    preloadPath: deps.preloadPath,
    spellcheck: localSpellcheck(deps.desktop),
    background,
    alwaysOnTop: quietWindowsWork(deps.desktop),
  })
  let screen: Screen = 'home'
  let cancelReady = () => {}
  // The window is hidden, never destroyed, and not throttled (the breathing guide keeps time): a practice
  // left on its screen would keep its frames, timers and sound going all day. The window puts it away.
  window.onHidden(() => window.send('rest', null))
  const showScreen: WindowFeature['showScreen'] = (target, options) => {
    screen = target
    window.send('navigate', target)
    window.show(options)
  }
  return {
    window,
    screen: () => screen,
    showScreen,
    openHome: () => (window.isVisible() ? window.show({ focus: true }) : showScreen('home', { focus: true })),
    refresh: () => window.send('stateChanged', deps.state()),
    readySoon() {
      cancelReady = deps.whenQuiet(() => window.prepare())
    },
    handlers: {
      getState: deps.state,
      hideWindow: () => window.hide(),
      showingScreen: (shown) => {
        screen = shown
      },
    },
    settingsChanged: () => window.setBackground(background()),
    dispose: () => cancelReady(),
  }
}
