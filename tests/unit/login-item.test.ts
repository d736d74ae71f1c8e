import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { applyStartAtLogin, autostartEntryPath, execArgument, type LoginItemPorts } from '../../electron/platform/login-item'

let root: string

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-login-'))
})
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

type SetLoginItem = LoginItemPorts['setLoginItemSettings']
type GetLoginItem = LoginItemPorts['getLoginItemSettings']
type RecordingPorts = LoginItemPorts & { setLoginItemSettings: Mock<SetLoginItem>; getLoginItemSettings: Mock<GetLoginItem> }

/**
 * Electron's login item as the system keeps it. `applies: false` plays an unsigned macOS build, where
 * setLoginItemSettings silently changes nothing (docs/api/app.md).
 */
function loginItemSystem(applies = true) {
  let openAtLogin = false
  return {
    setLoginItemSettings: vi.fn<SetLoginItem>((settings) => {
      if (applies) openAtLogin = settings.openAtLogin
    }),
    getLoginItemSettings: vi.fn<GetLoginItem>(() => ({ openAtLogin })),
  }
}

function linuxPorts(env: LoginItemPorts['env'] = {}): RecordingPorts {
  return { platform: 'linux', env, homeDir: path.join(root, 'home'), execPath: '/opt/Kindbreak/kindbreak', ...loginItemSystem() }
}

/** The desktop entry as key → value, the way a session manager reads it. */
function readEntry(file: string): Record<string, string> {
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  expect(lines[0]).toBe('[Desktop Entry]')
  return Object.fromEntries(lines.slice(1).filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]))
}

/** Undoes `execArgument` as the desktop-entry spec describes (quoted string, backslash escapes, %%). */
function unquoteExec(value: string): string {
  const unquoted = value.startsWith('"') ? value.slice(1, -1).replace(/\\(["`$\\])/g, '$1') : value
  return unquoted.replace(/%%/g, '%')
}

describe('start at login on Linux', () => {
  it('writes an autostart entry under XDG_CONFIG_HOME that starts this executable, and removes it again', () => {
    const configHome = path.join(root, 'xdg')
    const ports = linuxPorts({ XDG_CONFIG_HOME: configHome })
    const entry = path.join(configHome, 'autostart', 'kindbreak.desktop')

    applyStartAtLogin(true, ports)
    expect(readEntry(entry)).toMatchObject({
      Type: 'Application',
      Name: 'Kindbreak',
      Exec: '/opt/Kindbreak/kindbreak',
      'X-GNOME-Autostart-enabled': 'true',
    })
    expect(fs.readdirSync(path.dirname(entry))).toEqual(['kindbreak.desktop'])

    applyStartAtLogin(false, ports)
    expect(fs.existsSync(entry)).toBe(false)
    expect(ports.setLoginItemSettings).not.toHaveBeenCalled()
  })

  it('falls back to ~/.config when XDG_CONFIG_HOME is unset, empty or relative', () => {
    const fallback = path.join(root, 'home', '.config', 'autostart', 'kindbreak.desktop')
    for (const XDG_CONFIG_HOME of [undefined, '', 'relative/config']) {
      expect(autostartEntryPath({ XDG_CONFIG_HOME }, path.join(root, 'home'))).toBe(fallback)
    }
    applyStartAtLogin(true, linuxPorts())
    expect(fs.existsSync(fallback)).toBe(true)
  })

  it('starts the AppImage itself when running from one, not its temporary mount', () => {
    const ports = linuxPorts({ XDG_CONFIG_HOME: root, APPIMAGE: '/home/sam/Apps/Kindbreak 0.1.AppImage' })
    applyStartAtLogin(true, ports)
    const exec = readEntry(autostartEntryPath(ports.env, ports.homeDir)).Exec ?? ''
    expect(exec).toBe('"/home/sam/Apps/Kindbreak 0.1.AppImage"')
  })

  it('replaces an older entry, and turning it off when it was never on is harmless', () => {
    const ports = linuxPorts({ XDG_CONFIG_HOME: root })
    applyStartAtLogin(false, ports)
    expect(fs.existsSync(path.join(root, 'autostart'))).toBe(false)
    applyStartAtLogin(true, { ...ports, execPath: '/old/kindbreak' })
    applyStartAtLogin(true, ports)
    expect(readEntry(autostartEntryPath(ports.env, ports.homeDir)).Exec).toBe('/opt/Kindbreak/kindbreak')
  })

  it('reports a folder it cannot write instead of pretending', () => {
    const blocked = path.join(root, 'not-a-folder')
    fs.writeFileSync(blocked, '')
    expect(() => applyStartAtLogin(true, linuxPorts({ XDG_CONFIG_HOME: blocked }))).toThrow()
  })
})

describe('start at login elsewhere', () => {
  it.each(['darwin', 'win32'] as const)('%s: uses Electron\'s login item and writes no file', (platform) => {
    const ports = { ...linuxPorts({ XDG_CONFIG_HOME: root }), platform }
    applyStartAtLogin(true, ports)
    applyStartAtLogin(false, ports)
    expect(ports.setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: true }], [{ openAtLogin: false }]])
    expect(fs.readdirSync(root)).toEqual([])
  })

  it.each(['darwin', 'win32'] as const)('%s: checks with the system that the change took', (platform) => {
    const ports = { ...linuxPorts({ XDG_CONFIG_HOME: root }), platform }
    applyStartAtLogin(true, ports)
    expect(ports.getLoginItemSettings).toHaveBeenCalledOnce()
    expect(ports.getLoginItemSettings.mock.invocationCallOrder[0]).toBeGreaterThan(ports.setLoginItemSettings.mock.invocationCallOrder[0] ?? Infinity)
  })

  it('macOS, unsigned: says so when the system silently keeps the login item off', () => {
    const ports: RecordingPorts = { ...linuxPorts({ XDG_CONFIG_HOME: root }), platform: 'darwin', ...loginItemSystem(false) }
    expect(() => applyStartAtLogin(true, ports)).toThrow(/login item/i)
    expect(ports.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true })
    // Turning it off matches what the system has: nothing to report.
    expect(() => applyStartAtLogin(false, ports)).not.toThrow()
  })

  it('says so when the system keeps a login item the person turned off', () => {
    const ports: RecordingPorts = { ...linuxPorts({ XDG_CONFIG_HOME: root }), platform: 'darwin', getLoginItemSettings: vi.fn<GetLoginItem>(() => ({ openAtLogin: true })) }
    expect(() => applyStartAtLogin(true, ports)).not.toThrow()
    expect(() => applyStartAtLogin(false, ports)).toThrow(/login item/i)
  })

  it('on Linux, never asks Electron: its login item does nothing there', () => {
    const ports = linuxPorts({ XDG_CONFIG_HOME: root })
    applyStartAtLogin(true, ports)
    expect(ports.getLoginItemSettings).not.toHaveBeenCalled()
    expect(ports.setLoginItemSettings).not.toHaveBeenCalled()
  })
})

describe('the Exec argument', () => {
  it('reads back as the very path, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '/', ' ', '"', '$', '`', '\\', '%', "'", 'é', '(', '#') }), (value) => {
        const argument = execArgument(value)
        expect(unquoteExec(argument)).toBe(value)
        // Nothing a shell-like reader would split on is left outside quotes.
        if (!argument.startsWith('"')) expect(argument).not.toMatch(/[\s"$`\\]/)
      }),
    )
  })
})
