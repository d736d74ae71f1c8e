import { describe, expect, it } from 'vitest'
import {
  electronReadsIdle, hotkeyNeedsConfirmation, isWayland, localSpellcheck, quietWindowsWork, readDesktop, trayClickOpensWindow, type Desktop,
} from '../../electron/core/desktop'

type Env = Record<string, string | undefined>

/** Environments as the session managers set them (captured from real logins). */
const gnomeWayland: Env = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }
const gnomeX11: Env = { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }
const kdeWayland: Env = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':1', XDG_CURRENT_DESKTOP: 'KDE' }
const sway: Env = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-1', XDG_CURRENT_DESKTOP: 'sway' }
const xfce: Env = { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0.0', XDG_CURRENT_DESKTOP: 'XFCE' }

describe('readDesktop', () => {
  it.each<[string, string, Env, string[], Desktop]>([
    ['GNOME on Wayland (Ubuntu)', 'linux', gnomeWayland, [], { platform: 'linux', session: 'wayland', desktop: 'gnome' }],
    ['GNOME on Xorg (Ubuntu)', 'linux', gnomeX11, [], { platform: 'linux', session: 'x11', desktop: 'gnome' }],
    ['Fedora GNOME', 'linux', { ...gnomeWayland, XDG_CURRENT_DESKTOP: 'GNOME' }, [], { platform: 'linux', session: 'wayland', desktop: 'gnome' }],
    ['Plasma on Wayland', 'linux', kdeWayland, [], { platform: 'linux', session: 'wayland', desktop: 'kde' }],
    ['sway', 'linux', sway, [], { platform: 'linux', session: 'wayland', desktop: 'sway' }],
    // Chromium's `auto` reads XDG_SESSION_TYPE only: a Wayland display alone (sway from a TTY) runs as X11.
    ['a Wayland display but no session type', 'linux', { WAYLAND_DISPLAY: 'wayland-1', XDG_CURRENT_DESKTOP: 'sway' }, [], { platform: 'linux', session: 'x11', desktop: 'sway' }],
    ['Xfce on X11', 'linux', xfce, [], { platform: 'linux', session: 'x11', desktop: 'other' }],
    ['an empty environment', 'linux', {}, [], { platform: 'linux', session: 'x11', desktop: 'other' }],
    ['GNOME on Wayland started with --ozone-platform=x11 (XWayland)', 'linux', gnomeWayland, ['/opt/Kindbreak/kindbreak', '--ozone-platform=x11'], { platform: 'linux', session: 'x11', desktop: 'gnome' }],
    ['sway started with --ozone-platform=x11', 'linux', sway, ['kindbreak', '--ozone-platform=x11'], { platform: 'linux', session: 'x11', desktop: 'sway' }],
    ['Xorg started with --ozone-platform=wayland', 'linux', xfce, ['kindbreak', '--ozone-platform=wayland'], { platform: 'linux', session: 'wayland', desktop: 'other' }],
    ['--ozone-platform=auto leaves the session to decide', 'linux', gnomeWayland, ['kindbreak', '--ozone-platform=auto'], { platform: 'linux', session: 'wayland', desktop: 'gnome' }],
    ['--ozone-platform-hint is not --ozone-platform', 'linux', gnomeWayland, ['kindbreak', '--ozone-platform-hint=x11'], { platform: 'linux', session: 'wayland', desktop: 'gnome' }],
    ['Windows, whatever the environment says', 'win32', gnomeWayland, [], { platform: 'win32', session: null, desktop: null }],
    ['macOS, whatever the command line says', 'darwin', {}, ['--ozone-platform=wayland'], { platform: 'darwin', session: null, desktop: null }],
    ['FreeBSD, treated as Linux', 'freebsd', xfce, [], { platform: 'linux', session: 'x11', desktop: 'other' }],
  ])('%s', (_name, platform, env, argv, expected) => {
    expect(readDesktop(platform, env, argv)).toEqual(expected)
  })

  it.each([
    ['ubuntu:GNOME', 'gnome'],
    ['GNOME-Classic:GNOME', 'gnome'],
    ['Pop:GNOME', 'gnome'],
    ['KDE', 'kde'],
    ['sway', 'sway'],
    ['XFCE', 'other'],
    ['X-Cinnamon', 'other'],
    ['Unity', 'other'],
    ['GNOMEish', 'other'],
    ['', 'other'],
  ])('reads XDG_CURRENT_DESKTOP=%j as %s', (currentDesktop, desktop) => {
    expect(readDesktop('linux', { XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: currentDesktop }, []).desktop).toBe(desktop)
  })
})

describe('what follows from the desktop', () => {
  const desktops = {
    'GNOME Wayland': readDesktop('linux', gnomeWayland, []),
    'GNOME X11': readDesktop('linux', gnomeX11, []),
    'GNOME Wayland, forced X11': readDesktop('linux', gnomeWayland, ['--ozone-platform=x11']),
    'KDE Wayland': readDesktop('linux', kdeWayland, []),
    sway: readDesktop('linux', sway, []),
    'XFCE X11': readDesktop('linux', xfce, []),
    Windows: readDesktop('win32', {}, []),
    macOS: readDesktop('darwin', {}, []),
  }

  // isWayland, quietWindowsWork, localSpellcheck, trayClickOpensWindow, hotkeyNeedsConfirmation
  it.each<[keyof typeof desktops, boolean, boolean, boolean, boolean, boolean]>([
    ['GNOME Wayland', true, false, false, true, true],
    ['GNOME X11', false, true, false, true, false],
    ['GNOME Wayland, forced X11', false, true, false, true, false],
    ['KDE Wayland', true, false, false, true, true],
    ['sway', true, false, false, true, true],
    ['XFCE X11', false, true, false, true, false],
    ['Windows', false, true, true, true, false],
    ['macOS', false, true, true, false, false],
  ])('%s: Wayland %s, quiet windows %s, local spellcheck %s, tray click opens %s, hotkey confirmed later %s', (name, wayland, quiet, spellcheck, trayClick, confirmation) => {
    const desktop = desktops[name]
    expect({
      wayland: isWayland(desktop),
      quiet: quietWindowsWork(desktop),
      spellcheck: localSpellcheck(desktop),
      trayClick: trayClickOpensWindow(desktop),
      confirmation: hotkeyNeedsConfirmation(desktop),
    }).toEqual({ wayland, quiet, spellcheck, trayClick, confirmation })
  })
})

describe('where Electron reads idle time (docs/api/power-monitor.md)', () => {
  it.each([
    [{ platform: 'linux', session: 'x11', desktop: 'kde' }, true],
    [{ platform: 'linux', session: 'wayland', desktop: 'gnome' }, true],
    [{ platform: 'linux', session: 'wayland', desktop: 'kde' }, true],
    [{ platform: 'linux', session: 'wayland', desktop: 'sway' }, false],
    [{ platform: 'linux', session: 'wayland', desktop: 'other' }, false],
    [{ platform: 'win32', session: null, desktop: null }, true],
    [{ platform: 'darwin', session: null, desktop: null }, true],
  ] as const)('%o: %s', (desktop, reads) => {
    expect(electronReadsIdle(desktop)).toBe(reads)
  })
})
