import fs from 'node:fs'
import path from 'node:path'
import type { Platform } from '../core/desktop'
import { replaceFileAtomically } from './durable-files'

/**
 * "Start Kindbreak when I log in". On Linux, Electron's login-item API does nothing, so the freedesktop way is
 * used: a desktop entry in the autostart folder, which GNOME, KDE, Xfce and most others read at login.
 * Elsewhere Electron's own API does the work.
 */
export interface LoginItemPorts {
  platform: Platform
  /** Reads XDG_CONFIG_HOME and APPIMAGE. */
  env: Readonly<Record<string, string | undefined>>
  homeDir: string
  /** The running executable; an AppImage's own path is preferred, since its mount point changes each run. */
  execPath: string
  setLoginItemSettings(settings: { openAtLogin: boolean }): void
  getLoginItemSettings(): { openAtLogin: boolean }
}

/** `$XDG_CONFIG_HOME/autostart/kindbreak.desktop`, with the spec's fallback to `~/.config`. */
export function autostartEntryPath(env: LoginItemPorts['env'], homeDir: string): string {
  // The spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const configHome = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(homeDir, '.config')
  return path.join(configHome, 'autostart', 'kindbreak.desktop')
}

/**
 * One argument of a desktop entry's Exec key. The spec reserves spaces, quotes, `$`, backquotes and
 * backslashes (quote the argument, escape the last four) and `%` (field codes: doubled).
 */
export function execArgument(value: string): string {
  const escaped = value.replace(/%/g, '%%')
  if (!/[\s"'\\><~|&;$*?#()`]/.test(escaped)) return escaped
  return `"${escaped.replace(/(["`$\\])/g, '\\$1')}"`
}

export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Kindbreak',
    'Comment=Short, kind breaks during the working day',
    `Exec=${execArgument(executable)}`,
    'Icon=kindbreak',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/** Makes the system start Kindbreak at login, or stop doing so. Throws if the autostart folder cannot be written. */
export function applyStartAtLogin(openAtLogin: boolean, ports: LoginItemPorts): void {
  if (ports.platform !== 'linux') {
    ports.setLoginItemSettings({ openAtLogin })
    // docs/api/app.md: on macOS an app that is not signed and notarised may see the change silently not
    // apply (and a login item waiting for approval reads as off). Settings claims only what the system has.
    if (ports.getLoginItemSettings().openAtLogin !== openAtLogin) {
      throw new Error(openAtLogin
        ? 'the system did not accept the login item (on macOS an unsigned copy of Kindbreak cannot add one, and a new one may wait for your approval in System Settings → General → Login Items)'
        : 'the system still lists Kindbreak as a login item; remove it in System Settings → General → Login Items')
    }
    return
  }
  const entry = autostartEntryPath(ports.env, ports.homeDir)
  if (openAtLogin) {
    fs.mkdirSync(path.dirname(entry), { recursive: true })
    replaceFileAtomically(entry, autostartEntry(ports.env.APPIMAGE || ports.execPath))
  } else {
    fs.rmSync(entry, { force: true })
  }
}
