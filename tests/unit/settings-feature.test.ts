// The settings feature offers each change to every feature in turn: what can fail first, before the save;
// a refusal leaves the file as it was; what follows a change only after the save.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Settings } from '../../electron/core/settings'
import type { Feature } from '../../electron/features/feature'

vi.mock('electron', () => {
  const app = { getPath: () => os.tmpdir(), getVersion: () => '0.0.0-test' }
  const ipcMain = { on: () => undefined, handle: () => undefined }
  const shell = { openPath: async () => '' }
  return { app, ipcMain, shell, default: { app, ipcMain, shell } }
})

const { openSettings } = await import('../../electron/features/settings')
const { collectHandlers } = await import('../../electron/features/feature')

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-settings-feature-'))
})

const storedTheme = () => (JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')) as Settings).theme

describe('openSettings', () => {
  it('asks every feature before saving and tells every feature after, then the window once', () => {
    const seen: string[] = []
    const feature = (name: string): Feature => ({
      applySettings: (next, previous) => void seen.push(`${name} applies ${previous.theme}→${next.theme}`),
      settingsChanged: () => void seen.push(`${name} changed, stored ${storedTheme()}`),
    })
    const features = [feature('a'), feature('b')]
    const settings = openSettings(dir, 0, () => features, () => seen.push('window told'))
    settings.update({ theme: 'dark' })
    expect(seen).toEqual(['a applies system→dark', 'b applies system→dark', 'a changed, stored dark', 'b changed, stored dark', 'window told'])
  })

  it('a refusal before the save leaves the settings, the file and the other features as they were', () => {
    const changed = vi.fn()
    const refusing: Feature = {
      applySettings: (next) => {
        if (next.theme === 'dark') throw new Error('hotkey taken')
      },
    }
    const settings = openSettings(dir, 0, () => [refusing, { settingsChanged: changed }], vi.fn())
    settings.update({ theme: 'light' })
    expect(() => settings.update({ theme: 'dark' })).toThrow('hotkey taken')
    expect(settings.current().theme).toBe('light')
    expect(storedTheme()).toBe('light')
    expect(changed).toHaveBeenCalledTimes(1)
  })

  it('restores the defaults of the Settings screen through the same path', async () => {
    const settings = openSettings(dir, 0, () => [], vi.fn())
    settings.update({ theme: 'dark' })
    expect((await settings.handlers?.restoreDefaultSettings?.())?.theme).toBe('system')
  })
})

describe('collectHandlers', () => {
  it('merges every feature\'s handlers, and names a request nobody answers', () => {
    const getState = vi.fn()
    const hideWindow = vi.fn()
    expect(Object.keys(collectHandlers([{ handlers: { getState } }, { handlers: { hideWindow } }], ['getState', 'hideWindow']))).toEqual(['getState', 'hideWindow'])
    expect(() => collectHandlers([{ handlers: { getState } }], ['getState', 'hideWindow'])).toThrow('no feature handles hideWindow')
  })
})
