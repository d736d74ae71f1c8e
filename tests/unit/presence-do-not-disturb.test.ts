// Do Not Disturb: GNOME's GSettings key, KDE's Inhibited property, and "cannot tell" elsewhere.
import { describe, expect, it } from 'vitest'
import type { Desktop } from '../../electron/core/desktop'
import { doNotDisturb, readGnomeDoNotDisturb, readNotificationsInhibited } from '../../electron/platform/presence/do-not-disturb'
import type { RunTool, ToolResult } from '../../electron/platform/presence/run-tool'
import { answered, failed, missingTool, timedOut } from '../fixtures/presence/load'

/**
 * Captured with LC_ALL=C, as runTool runs them: gsettings 2.74.6 (GLib, Debian 12) with
 * gsettings-desktop-schemas 43, and without schemas; gdbus 2.74.6 against a stand-in
 * org.freedesktop.Notifications (a few lines of Python GIO) serving the boolean property `Inhibited` as
 * KDE's does, one without it, none on the bus, and no bus.
 */
const captured = {
  bannersShown: 'true\n',
  bannersHidden: 'false\n',
  // GLib writes the curly quotes of its messages as '?' in the C locale.
  noSchema: 'No such schema ?org.gnome.desktop.notifications?\n',
  noSchemas: 'No schemas installed\n',
  inhibited: '(<true>,)\n',
  notInhibited: '(<false>,)\n',
  noServer: 'Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.Notifications was not provided by any .service files\n',
  /** A stand-in server without the property. */
  noProperty: "Error: GDBus.Error:org.freedesktop.DBus.Error.InvalidArgs: No such property ?Inhibited?\n(According to introspection data, you need to pass 'ss')\n",
  noBus: 'Error connecting: Cannot autolaunch D-Bus without X11 $DISPLAY\n',
}

describe('readGnomeDoNotDisturb (show-banners)', () => {
  it('banners hidden: Do Not Disturb is on', () => {
    expect(readGnomeDoNotDisturb(answered(captured.bannersHidden))).toBe(true)
  })

  it('banners shown: Do Not Disturb is off', () => {
    expect(readGnomeDoNotDisturb(answered(captured.bannersShown))).toBe(false)
  })

  it.each([
    ['gsettings is missing', missingTool],
    ['gsettings took too long', timedOut],
    ['the schema is not installed', failed(captured.noSchema)],
    ['no schemas at all', failed(captured.noSchemas)],
    ['an empty answer', answered('')],
    ['another type', answered("'false'\n")],
    ['garbage', answered('maybe\n')],
  ])('cannot tell when %s', (_name, output) => {
    expect(readGnomeDoNotDisturb(output)).toBeNull()
  })
})

describe('readNotificationsInhibited (KDE)', () => {
  it('inhibited: Do Not Disturb is on', () => {
    expect(readNotificationsInhibited(answered(captured.inhibited))).toBe(true)
  })

  it('not inhibited: Do Not Disturb is off', () => {
    expect(readNotificationsInhibited(answered(captured.notInhibited))).toBe(false)
  })

  it.each([
    ['gdbus is missing', missingTool],
    ['gdbus took too long', timedOut],
    ['no notification server', failed(captured.noServer)],
    ['the server lacks the property', failed(captured.noProperty)],
    ['there is no session bus', failed(captured.noBus)],
    ['an empty answer', answered('')],
    ['a number', answered('(<uint32 1>,)\n')],
    ['garbage', answered('(<true>,)(<false>,)\n')],
  ])('cannot tell when %s', (_name, output) => {
    expect(readNotificationsInhibited(output)).toBeNull()
  })
})

describe('doNotDisturb picks the desktop\'s own source', () => {
  const linux = (desktop: Desktop['desktop'], session: Desktop['session'] = 'wayland'): Desktop => ({ platform: 'linux', session, desktop })

  function recording(answer: ToolResult): RunTool & { asked: string[][]; timeouts: number[] } {
    const asked: string[][] = []
    const timeouts: number[] = []
    const run = async (command: string, args: readonly string[], timeoutMs: number): Promise<ToolResult> => {
      asked.push([command, ...args])
      timeouts.push(timeoutMs)
      return answer
    }
    return Object.assign(run, { asked, timeouts })
  }

  it('GNOME: gsettings, show-banners', async () => {
    const run = recording(answered(captured.bannersHidden))
    expect(await doNotDisturb(linux('gnome'), run)).toBe(true)
    expect(run.asked).toEqual([['gsettings', 'get', 'org.gnome.desktop.notifications', 'show-banners']])
  })

  it.each(['kde', 'sway', 'other'] as const)('%s: gdbus, the Inhibited property', async (desktop) => {
    const run = recording(answered(captured.inhibited))
    expect(await doNotDisturb(linux(desktop, 'x11'), run)).toBe(true)
    expect(run.asked).toEqual([[
      'gdbus', 'call', '--session', '--dest', 'org.freedesktop.Notifications', '--object-path', '/org/freedesktop/Notifications',
      '--method', 'org.freedesktop.DBus.Properties.Get', 'org.freedesktop.Notifications', 'Inhibited',
    ]])
  })

  it('each call has a timeout of at most 2 s', async () => {
    const run = recording(timedOut)
    expect(await doNotDisturb(linux('kde'), run)).toBeNull()
    expect(await doNotDisturb(linux('gnome'), run)).toBeNull()
    for (const timeout of run.timeouts) expect(timeout).toBeLessThanOrEqual(2_000)
  })

  it.each(['win32', 'darwin'] as const)('%s: cannot tell, and asks nothing', async (platform) => {
    const run = recording(answered(captured.inhibited))
    expect(await doNotDisturb({ platform, session: null, desktop: null }, run)).toBeNull()
    expect(run.asked).toEqual([])
  })
})
