import type { Desktop } from '../../core/desktop'
import { runTool, type RunTool, type ToolResult } from './run-tool'

/**
 * Idle time and the screen lock on Linux, over D-Bus with gdbus, for where Electron's
 * powerMonitor.getSystemIdleTime() cannot see it (issue 16: it reads 0 under Wayland, except on Mutter and
 * KWin). Sources:
 * - GNOME (Mutter): org.gnome.Mutter.IdleMonitor, /org/gnome/Mutter/IdleMonitor/Core, GetIdletime → `t`,
 *   milliseconds since the last input.
 * - KDE and other desktops that implement the freedesktop screensaver interface:
 *   org.freedesktop.ScreenSaver, /org/freedesktop/ScreenSaver, GetSessionIdleTime → `u`, seconds (so KDE
 *   Plasma answers), and GetActive → `b`, true while the screen is locked or blanked.
 * - GNOME Shell: org.gnome.ScreenSaver, /org/gnome/ScreenSaver, GetActive → `b`.
 * Each call gets 900 ms, and a check makes at most two, one after the other.
 */
const CALL_TIMEOUT_MS = 900

type Ask = 'mutterIdle' | 'screenSaverIdle' | 'screenSaverActive' | 'gnomeScreenSaverActive'

/** Each call's bus name, object path and method. */
const calls: Record<Ask, readonly [string, string, string]> = {
  mutterIdle: ['org.gnome.Mutter.IdleMonitor', '/org/gnome/Mutter/IdleMonitor/Core', 'org.gnome.Mutter.IdleMonitor.GetIdletime'],
  screenSaverIdle: ['org.freedesktop.ScreenSaver', '/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver.GetSessionIdleTime'],
  screenSaverActive: ['org.freedesktop.ScreenSaver', '/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver.GetActive'],
  gnomeScreenSaverActive: ['org.gnome.ScreenSaver', '/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver.GetActive'],
}

function ask(run: RunTool, what: Ask): Promise<ToolResult> {
  const [dest, path, method] = calls[what]
  return run('gdbus', ['call', '--session', '--dest', dest, '--object-path', path, '--method', method], CALL_TIMEOUT_MS)
}

/** Seconds since the last input; null elsewhere than Linux, or when neither service answers. */
export async function idleSeconds(desktop: Desktop, run: RunTool = runTool): Promise<number | null> {
  if (desktop.platform !== 'linux') return null
  const fromMutter = async (): Promise<number | null> => {
    const ms = readMutterIdletime(await ask(run, 'mutterIdle'))
    return ms === null ? null : Math.floor(ms / 1000)
  }
  const fromScreenSaver = async (): Promise<number | null> => readScreenSaverIdleTime(await ask(run, 'screenSaverIdle'))
  // Ask the desktop's own service first, so the usual case makes one call.
  const order = desktop.desktop === 'kde' ? [fromScreenSaver, fromMutter] : [fromMutter, fromScreenSaver]
  for (const source of order) {
    const seconds = await source()
    if (seconds !== null) return seconds
  }
  return null
}

/** Whether the screen is locked (or the screensaver is on); null elsewhere than Linux, or no answer. */
export async function screenLocked(desktop: Desktop, run: RunTool = runTool): Promise<boolean | null> {
  if (desktop.platform !== 'linux') return null
  const order: Ask[] = desktop.desktop === 'gnome' ? ['gnomeScreenSaverActive', 'screenSaverActive'] : ['screenSaverActive', 'gnomeScreenSaverActive']
  for (const what of order) {
    const active = readScreenSaverActive(await ask(run, what))
    if (active !== null) return active
  }
  return null
}

/** `(uint64 12345,)` → 12345 milliseconds. */
export function readMutterIdletime(output: ToolResult): number | null {
  return readUnsigned(output, 'uint64')
}

/** `(uint32 42,)` → 42 seconds. */
export function readScreenSaverIdleTime(output: ToolResult): number | null {
  return readUnsigned(output, 'uint32')
}

/** `(true,)` → true. */
export function readScreenSaverActive(output: ToolResult): boolean | null {
  if (!output.ok) return null
  const value = /^\((true|false),\)$/.exec(output.stdout.trim())?.[1]
  return value === undefined ? null : value === 'true'
}

/** gdbus prints an unsigned integer reply with its type: `(uint64 754321,)`. */
function readUnsigned(output: ToolResult, type: 'uint64' | 'uint32'): number | null {
  if (!output.ok) return null
  const digits = new RegExp(`^\\(${type} (\\d+),\\)$`).exec(output.stdout.trim())?.[1]
  const value = digits === undefined ? NaN : Number(digits)
  return Number.isSafeInteger(value) ? value : null
}
