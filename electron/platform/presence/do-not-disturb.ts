import type { Desktop } from '../../core/desktop'
import { runTool, type RunTool, type ToolResult } from './run-tool'

const TOOL_TIMEOUT_MS = 1_500

/**
 * Whether the person asked the desktop not to disturb them.
 * - GNOME: the notification list's "Do Not Disturb" switch sets the GSettings key
 *   org.gnome.desktop.notifications show-banners to false (gsettings-desktop-schemas).
 * - KDE Plasma: its notification server exposes the boolean property `Inhibited` on
 *   org.freedesktop.Notifications, true while "Do not disturb" is on. Other Linux desktops are asked the
 *   same; a server without the property answers an error, and that is null.
 * - Windows (Focus assist / Do not disturb) and macOS (Focus) keep this state where only native code or
 *   undocumented formats reach it, so the answer there is null: cannot tell.
 */
export async function doNotDisturb(desktop: Desktop, run: RunTool = runTool): Promise<boolean | null> {
  if (desktop.platform !== 'linux') return null
  if (desktop.desktop === 'gnome') {
    return readGnomeDoNotDisturb(await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], TOOL_TIMEOUT_MS))
  }
  return readNotificationsInhibited(await run('gdbus', [
    'call', '--session', '--dest', 'org.freedesktop.Notifications', '--object-path', '/org/freedesktop/Notifications',
    '--method', 'org.freedesktop.DBus.Properties.Get', 'org.freedesktop.Notifications', 'Inhibited',
  ], TOOL_TIMEOUT_MS))
}

/**
 * gsettings prints a boolean key as `true` or `false`. show-banners false is Do Not Disturb on. A missing
 * schema ("No such schema", a desktop without gsettings-desktop-schemas) or any other answer: null.
 */
export function readGnomeDoNotDisturb(output: ToolResult): boolean | null {
  if (!output.ok) return null
  const value = output.stdout.trim()
  if (value === 'false') return true
  if (value === 'true') return false
  return null
}

/** gdbus prints the property as `(<true>,)` or `(<false>,)`; an error, or anything else, is null. */
export function readNotificationsInhibited(output: ToolResult): boolean | null {
  if (!output.ok) return null
  const value = /^\(<(true|false)>,\)$/.exec(output.stdout.trim())?.[1]
  return value === undefined ? null : value === 'true'
}
