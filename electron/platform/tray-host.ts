import { runTool, type ToolResult } from './presence/run-tool'

/**
 * Whether a panel will show the tray icon. Electron's Linux tray is a StatusNotifierItem and cannot say
 * whether anyone displays it (docs/api/tray.md): GNOME Shell without the AppIndicator extension shows
 * none. The StatusNotifierWatcher answers over D-Bus; gdbus (part of GLib, present wherever GNOME or GTK
 * is) asks it without a native module. null: it cannot tell (no gdbus, no session bus), and the app
 * behaves as if the icon were there.
 */
export async function statusNotifierHostPresent(): Promise<boolean | null> {
  const output = await runTool('gdbus', [
    'call', '--session', '--dest', 'org.kde.StatusNotifierWatcher', '--object-path', '/StatusNotifierWatcher',
    '--method', 'org.freedesktop.DBus.Properties.Get', 'org.kde.StatusNotifierWatcher', 'IsStatusNotifierHostRegistered',
  ], 2_000)
  return readHostRegistered(output)
}

/**
 * gdbus prints the property as `(<true>,)`. "No such name" (no watcher on the bus at all: GNOME without
 * the extension) means no host; a missing gdbus, a timeout or anything unexpected means we cannot tell.
 */
export function readHostRegistered(output: ToolResult): boolean | null {
  if (!output.ok) {
    if (output.missingTool || output.timedOut) return null
    return /ServiceUnknown|NameHasNoOwner|was not provided by any/.test(output.stderr) ? false : null
  }
  if (/<\s*true\s*>/.test(output.stdout)) return true
  if (/<\s*false\s*>/.test(output.stdout)) return false
  return null
}
