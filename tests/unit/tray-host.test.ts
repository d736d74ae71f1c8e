import { describe, expect, it } from 'vitest'
import { readHostRegistered } from '../../electron/platform/tray-host'

type Output = Parameters<typeof readHostRegistered>[0]

const answered = (stdout: string): Output => ({ ok: true, stdout })
const failed = (stderr: string, problem: { missingTool?: boolean; timedOut?: boolean } = {}): Output => ({
  ok: false, stderr, missingTool: problem.missingTool ?? false, timedOut: problem.timedOut ?? false,
})

/** What gdbus printed, captured on real desktops, for Properties.Get of IsStatusNotifierHostRegistered. */
const captured = {
  /** KDE Plasma; GNOME with the AppIndicator extension. */
  hostRegistered: '(<true>,)\n',
  /** A watcher without a host (a bare compositor running a watcher only). */
  noHost: '(<false>,)\n',
  /** GNOME Shell without the extension: nobody owns the watcher's name. */
  noWatcher: 'Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.kde.StatusNotifierWatcher was not provided by any .service files\n',
  noOwner: "Error: GDBus.Error:org.freedesktop.DBus.Error.NameHasNoOwner: Could not get owner of name 'org.kde.StatusNotifierWatcher': no such name\n",
  /** A session without a bus (started from a TTY, a container). */
  noBus: 'Error connecting: Cannot autolaunch D-Bus without X11 $DISPLAY\n',
  /** A watcher that does not have the property. */
  noProperty: "Error: GDBus.Error:org.freedesktop.DBus.Error.InvalidArgs: No such property 'IsStatusNotifierHostRegistered'\n",
}

describe('readHostRegistered', () => {
  it('a registered host: the icon shows', () => {
    expect(readHostRegistered(answered(captured.hostRegistered))).toBe(true)
  })

  it('a watcher with no host: the icon does not show', () => {
    expect(readHostRegistered(answered(captured.noHost))).toBe(false)
  })

  it.each([
    ['ServiceUnknown', captured.noWatcher],
    ['NameHasNoOwner', captured.noOwner],
  ])('no watcher on the bus at all (%s): the icon does not show', (_name, stderr) => {
    expect(readHostRegistered(failed(stderr))).toBe(false)
  })

  it.each([
    ['gdbus is not installed', failed('', { missingTool: true })],
    ['gdbus took too long', failed('', { timedOut: true })],
    ['gdbus took too long after printing the ServiceUnknown error', failed(captured.noWatcher, { timedOut: true })],
    ['there is no session bus', failed(captured.noBus)],
    ['the watcher lacks the property', failed(captured.noProperty)],
    ['an empty answer', answered('')],
    ['an answer of another type', answered("(<'yes'>,)\n")],
    ['a number', answered('(<uint32 1>,)\n')],
  ])('cannot tell when %s', (_name, output) => {
    expect(readHostRegistered(output)).toBeNull()
  })
})
