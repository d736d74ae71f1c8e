// The desktop a launch plays: which operating system, which Linux session and desktop, whether a tray host
// exists, whether the macOS build is signed, the panel's shade and the keyring. The fake electron module
// reads it to behave as Electron does there; each behaviour names the Electron doc or source it follows.
// Facts: ../../docs/PLATFORMS.md and the shared notes on Electron on real desktops.

/** The harness contract's defaults: an X11 KDE session with a tray host, a signed build, a dark panel, libsecret. */
export const defaultDesktop = Object.freeze({
  platform: 'linux',
  session: 'x11',
  desktop: 'kde',
  trayHost: true,
  signed: true,
  panelDark: true,
  keyring: 'gnome_libsecret',
})

const choices = {
  platform: ['linux', 'win32', 'darwin'],
  session: ['x11', 'wayland'],
  desktop: ['gnome', 'kde', 'sway', 'other'],
}

/** Fills the defaults in and refuses what no desktop is, so a typo cannot silently test the default world. */
export function describeDesktop(world = {}) {
  const unknown = Object.keys(world).filter((key) => !(key in defaultDesktop))
  if (unknown.length > 0) throw new Error(`launchApp: unknown world field(s) ${unknown.join(', ')}`)
  const desktop = { ...defaultDesktop, ...world }
  for (const [field, allowed] of Object.entries(choices)) {
    if (!allowed.includes(desktop[field])) throw new Error(`launchApp: world.${field} must be one of ${allowed.join(', ')}`)
  }
  // Only Linux has sessions, desktops, tray hosts and named keyrings; elsewhere they are fixed by the OS.
  if (desktop.platform !== 'linux') Object.assign(desktop, { session: null, desktop: null, trayHost: true })
  if (desktop.platform === 'win32') desktop.keyring = 'dpapi'
  if (desktop.platform === 'darwin') desktop.keyring = 'keychain'
  return Object.freeze(desktop)
}

/** What the app's own environment port reads in this world (production reads process.platform and process.env). */
export function desktopEnvironment(desktop) {
  if (desktop.platform !== 'linux') return { platform: desktop.platform, env: {} }
  const currentDesktop = { gnome: 'ubuntu:GNOME', kde: 'KDE', sway: 'sway', other: 'XFCE' }[desktop.desktop]
  const env = desktop.session === 'wayland'
    ? { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0', XDG_CURRENT_DESKTOP: currentDesktop }
    : { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0', XDG_CURRENT_DESKTOP: currentDesktop }
  return { platform: 'linux', env }
}

/** Since Electron 38 a Wayland session runs Electron as a native Wayland client (docs/breaking-changes.md). */
export const isWayland = (desktop) => desktop.platform === 'linux' && desktop.session === 'wayland'
