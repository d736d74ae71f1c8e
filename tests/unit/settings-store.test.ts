import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings, type Settings } from '../../electron/core/settings'

// electron-store asks Electron for the app's folders; the tests pass their own folder as `cwd`.
vi.mock('electron', () => {
  const app = { getPath: () => os.tmpdir(), getVersion: () => '0.0.0-test' }
  const ipcMain = { on: () => undefined, handle: () => undefined }
  const shell = { openPath: async () => '' }
  return { app, ipcMain, shell, default: { app, ipcMain, shell } }
})

const { openSettingsStore } = await import('../../electron/platform/settings-store')
const { asideName } = await import('../../electron/platform/set-aside')

const startedAt = Date.UTC(2026, 10, 26, 9, 30, 15, 250)
const chosen: Settings = {
  ...defaultSettings,
  hotkey: 'Alt+Shift+B',
  theme: 'dark',
  schedule: { ...defaultSettings.schedule, intervalMinutes: 30 },
  sound: { enabled: true, volume: 70 },
}

let dir: string
let file: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-settings-'))
  file = path.join(dir, 'settings.json')
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const writeFile = (content: unknown) => fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
const readFile = (): unknown => JSON.parse(fs.readFileSync(file, 'utf8'))
const otherFiles = () => fs.readdirSync(dir).filter((name) => name !== 'settings.json').sort()

describe('openSettingsStore', () => {
  it('starts from the defaults when there is no file, with nothing to tell, and writes them', () => {
    const store = openSettingsStore(dir, startedAt)
    expect(store.current()).toEqual(defaultSettings)
    expect(store.notices).toEqual([])
    expect(readFile()).toEqual(defaultSettings)
    expect(otherFiles()).toEqual([])
  })

  it('round-trips saved settings through a reopen', () => {
    openSettingsStore(dir, startedAt).save(chosen)
    const reopened = openSettingsStore(dir, startedAt + 1000)
    expect(reopened.current()).toEqual(chosen)
    expect(reopened.notices).toEqual([])
    expect(otherFiles()).toEqual([])
  })

  it('leaves a valid file exactly as it is', () => {
    writeFile(chosen)
    const before = fs.readFileSync(file, 'utf8')
    expect(openSettingsStore(dir, startedAt).current()).toEqual(chosen)
    expect(fs.readFileSync(file, 'utf8')).toBe(before)
  })

  it('refuses to save invalid settings and keeps the last good ones, in memory and on disk', () => {
    const store = openSettingsStore(dir, startedAt)
    store.save(chosen)
    expect(() => store.save({ ...chosen, schedule: { ...chosen.schedule, intervalMinutes: 1 } })).toThrow()
    expect(store.current()).toEqual(chosen)
    expect(readFile()).toEqual(chosen)
  })

  it.each([
    ['broken JSON', '{"theme": "dark",'],
    ['an empty file (a crash mid-write)', ''],
    ['binary junk', '\u0000\u0001\u00ff'],
    ['JSON null', 'null'],
    ['a JSON array', '[{"theme":"dark"}]'],
    ['a JSON string', '"dark"'],
  ])('moves a file holding %s aside, byte for byte, uses the defaults and says so', (_what, content) => {
    writeFile(content)
    const store = openSettingsStore(dir, startedAt)
    const movedTo = path.join(dir, 'settings.corrupt-2026-11-26T09-30-15-250Z.json')
    expect(store.current()).toEqual(defaultSettings)
    expect(store.notices).toEqual([{ id: `settings-unreadable-${startedAt}`, kind: 'settings-unreadable', movedTo }])
    expect(fs.readFileSync(movedTo, 'utf8')).toBe(content)
    expect(readFile()).toEqual(defaultSettings)
  })

  it('never overwrites an earlier set-aside file from the same instant', () => {
    writeFile('{first')
    const first = openSettingsStore(dir, startedAt).notices[0]
    writeFile('{second')
    const second = openSettingsStore(dir, startedAt).notices[0]
    const movedTo = [first, second].map((notice) => (notice?.kind === 'settings-unreadable' ? notice.movedTo : ''))
    expect(new Set(movedTo).size).toBe(2)
    expect(movedTo.map((aside) => fs.readFileSync(aside, 'utf8'))).toEqual(['{first', '{second'])
  })

  it('keeps the valid fields of a file with one bad field, names that field, and keeps the old file beside it', () => {
    const content = JSON.stringify({ ...chosen, sound: { enabled: true, volume: 500 } })
    writeFile(content)
    const store = openSettingsStore(dir, startedAt)
    const copyAt = path.join(dir, 'settings.before-repair-2026-11-26T09-30-15-250Z.json')
    expect(store.current()).toEqual({ ...chosen, sound: { enabled: true, volume: defaultSettings.sound.volume } })
    expect(store.notices).toEqual([{ id: `settings-fields-${startedAt}`, kind: 'settings-fields-replaced', fields: ['sound.volume'], copyAt }])
    expect(fs.readFileSync(copyAt, 'utf8')).toBe(content)
    expect(readFile()).toEqual(store.current())
  })

  it('catches a bad value only the core can see (an unusable hotkey) the same way', () => {
    writeFile({ ...chosen, hotkey: 'K' })
    const store = openSettingsStore(dir, startedAt)
    expect(store.current()).toEqual({ ...chosen, hotkey: defaultSettings.hotkey })
    expect(store.notices).toMatchObject([{ kind: 'settings-fields-replaced', fields: ['hotkey'] }])
    expect(otherFiles()).toEqual(['settings.before-repair-2026-11-26T09-30-15-250Z.json'])
  })

  it('migrates an unversioned (version 0) file instead of losing its interval, keeping the old file', () => {
    writeFile({ breakIntervalMinutes: 20, breakLengthMinutes: 4, theme: 'dark' })
    const store = openSettingsStore(dir, startedAt)
    expect(store.current()).toEqual({
      ...defaultSettings, theme: 'dark', schedule: { ...defaultSettings.schedule, intervalMinutes: 20, breakLengthMinutes: 4 },
    })
    expect(store.notices).toEqual([])
    expect(readFile()).toEqual(store.current())
    expect(otherFiles()).toHaveLength(1)
  })

  it('opens a file from a newer Kindbreak with the fields it understands, keeps that file whole beside it, and names what it dropped', () => {
    const content = JSON.stringify({ ...chosen, schemaVersion: 2, somethingNew: { a: 1 } })
    writeFile(content)
    const store = openSettingsStore(dir, startedAt)
    expect(store.current()).toEqual(chosen)
    const [copy] = otherFiles()
    expect(store.notices).toEqual([{ id: expect.any(String), kind: 'settings-fields-replaced', fields: ['somethingNew'], copyAt: path.join(dir, copy ?? '') }])
    expect(fs.readFileSync(path.join(dir, copy ?? ''), 'utf8')).toBe(content)
  })

  it('never reads the disk again after opening', () => {
    writeFile(chosen)
    const store = openSettingsStore(dir, startedAt)
    const readFileSync = vi.spyOn(fs, 'readFileSync')
    try {
      fs.writeFileSync(file, JSON.stringify({ ...chosen, theme: 'light' }))
      expect(store.current()).toEqual(chosen)
      fs.rmSync(dir, { recursive: true, force: true })
      expect(store.current()).toEqual(chosen)
      expect(readFileSync).not.toHaveBeenCalled()
    } finally {
      readFileSync.mockRestore()
    }
  })

  it('saves atomically: no temporary file is left behind', () => {
    const store = openSettingsStore(dir, startedAt)
    for (const theme of ['light', 'dark', 'system'] as const) store.save({ ...chosen, theme })
    expect(otherFiles()).toEqual([])
    expect(readFile()).toEqual({ ...chosen, theme: 'system' })
  })
})

describe('asideName', () => {
  it('stamps the name with a sortable time that every file system accepts', () => {
    expect(asideName('/data/settings.json', startedAt)).toBe(path.join('/data', 'settings.corrupt-2026-11-26T09-30-15-250Z.json'))
    expect(asideName('/data/settings.json', startedAt, 'before-repair')).toBe(path.join('/data', 'settings.before-repair-2026-11-26T09-30-15-250Z.json'))
    expect(path.basename(asideName('/data/settings.json', startedAt))).not.toMatch(/[:\\/*?"<>|]/)
  })

  it('sorts later times after earlier ones', () => {
    const times = [Date.UTC(2026, 0, 2), Date.UTC(2025, 11, 31, 23, 59, 59, 999), Date.UTC(2026, 0, 1, 10)]
    const names = times.map((at) => asideName('/d/settings.json', at))
    expect([...names].sort()).toEqual([names[1], names[2], names[0]])
  })
})
