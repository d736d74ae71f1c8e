/**
 * The desktop Kindbreak runs on, and what follows from it. Read once from the platform, the environment
 * and the command line (production: process.*; the e2e harness: the world it plays), so one process can
 * play every desktop and the rest of the app never reads process.platform itself. docs/PLATFORMS.md has
 * the facts behind each answer.
 */
export type Platform = 'linux' | 'win32' | 'darwin'
export type LinuxSession = 'x11' | 'wayland'
export type LinuxDesktop = 'gnome' | 'kde' | 'sway' | 'other'

export interface Desktop {
  platform: Platform
  /** Linux: how Electron draws its windows (a native Wayland client, or an X11 one). null elsewhere. */
  session: LinuxSession | null
  /** Linux: the desktop, from XDG_CURRENT_DESKTOP. null elsewhere. */
  desktop: LinuxDesktop | null
}

const knownPlatform = (platform: string): Platform => (platform === 'win32' || platform === 'darwin' ? platform : 'linux')

function linuxDesktop(currentDesktop: string | undefined): LinuxDesktop {
  const names = (currentDesktop ?? '').toLowerCase().split(':')
  if (names.includes('gnome')) return 'gnome'
  if (names.includes('kde')) return 'kde'
  if (names.includes('sway')) return 'sway'
  return 'other'
}

/**
 * Since Electron 38 the --ozone-platform default is `auto`: in a Wayland session (XDG_SESSION_TYPE=wayland)
 * Electron is a native Wayland client, unless started with --ozone-platform=x11 (docs/breaking-changes.md).
 */
function linuxSession(env: Readonly<Record<string, string | undefined>>, argv: readonly string[]): LinuxSession {
  const forced = argv.find((arg) => arg.startsWith('--ozone-platform='))?.slice('--ozone-platform='.length)
  if (forced === 'x11' || forced === 'wayland') return forced
  // Chromium's `auto` looks at XDG_SESSION_TYPE alone (WAYLAND_DISPLAY counts only with a Wayland hint).
  return env.XDG_SESSION_TYPE === 'wayland' ? 'wayland' : 'x11'
}

export function readDesktop(platform: string, env: Readonly<Record<string, string | undefined>>, argv: readonly string[]): Desktop {
  const known = knownPlatform(platform)
  if (known !== 'linux') return { platform: known, session: null, desktop: null }
  return { platform: 'linux', session: linuxSession(env, argv), desktop: linuxDesktop(env.XDG_CURRENT_DESKTOP) }
}

export const isWayland = (desktop: Desktop): boolean => desktop.platform === 'linux' && desktop.session === 'wayland'

/**
 * Whether a window can appear without taking the keyboard, above other windows, in a corner we choose.
 * Not on Wayland: showInactive, always-on-top and positioning are not supported there
 * (docs/api/browser-window.md), so a timed popup would take the keyboard mid-sentence or open anywhere.
 */
export const quietWindowsWork = (desktop: Desktop): boolean => !isWayland(desktop)

/**
 * Whether spelling can be checked on this computer without a download. macOS and Windows use the
 * system's checker; Linux uses Hunspell, whose dictionaries Electron would download from Google
 * (docs/tutorial/spellchecker.md), so Kindbreak checks no spelling there rather than fetch anything.
 */
export const localSpellcheck = (desktop: Desktop): boolean => desktop.platform !== 'linux'

/**
 * Whether the tray icon's 'click' should open the window. Windows sends 'click' for a left click and keeps
 * the menu for the right one; Linux sends it when the panel activates the item; macOS sends it and then
 * opens the menu, so opening the window as well would be two answers to one click (docs/api/tray.md).
 */
export const trayClickOpensWindow = (desktop: Desktop): boolean => desktop.platform !== 'darwin'

/**
 * Whether the hotkey's registration is only a request the desktop answers later. On Wayland Electron goes
 * through the GlobalShortcuts portal: register() says yes at once, GNOME then asks the person, a desktop
 * without the portal never binds, and unregister() does not let go (docs/api/global-shortcut.md).
 */
export const hotkeyNeedsConfirmation = (desktop: Desktop): boolean => isWayland(desktop)

/** What the hotkey does now: works; asked for but not yet proven (Wayland, until a first press); not registered. */
export type HotkeyStatus = 'works' | 'waiting' | 'unavailable'

/** What the window is told about the desktop, so Settings and the home screen can be honest. */
/**
 * Whether Electron's powerMonitor reads idle time here: everywhere but Wayland outside GNOME's Mutter and
 * KDE's KWin, where getSystemIdleTime() stays 0 (docs/api/power-monitor.md). Where it cannot, the desktop
 * is asked over D-Bus instead, and since idle time there is all that tells a locked screen, so is the lock.
 */
export function electronReadsIdle(desktop: Desktop): boolean {
  return !(desktop.platform === 'linux' && desktop.session === 'wayland' && desktop.desktop !== 'gnome' && desktop.desktop !== 'kde')
}

export interface DesktopView {
  platform: Platform
  /** false where no panel shows tray icons: the window then offers what the tray menu would. */
  trayShown: boolean
  /** false on Wayland: timed breaks arrive as notifications, and the window opens when the person asks. */
  quietPopups: boolean
  hotkey: HotkeyStatus
}
