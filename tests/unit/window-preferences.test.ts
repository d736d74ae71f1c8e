// The web preferences of every window Kindbreak creates: Electron's security checklist, pinned.
import fs from 'node:fs'
import path from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { windowBackground, windowBackgrounds } from '../../electron/core/window-background'
import { createBreakWindow, type BreakWindowOptions } from '../../electron/platform/break-window'
import { appEntryUrl } from '../../electron/platform/security'

const repoRoot = path.resolve(__dirname, '../..')

/** Records what the app asks of Electron's BrowserWindow; behaves just enough for the window to show. */
function recordingBrowserWindow() {
  const created: { options: BrowserWindowConstructorOptions; loadedUrls: string[]; backgroundColors: string[] }[] = []
  class RecordingWindow {
    private readonly record: (typeof created)[number]
    readonly webContents = { on: () => undefined, send: () => undefined }
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, loadedUrls: [], backgroundColors: [] }
      created.push(this.record)
    }
    loadURL(url: string) {
      this.record.loadedUrls.push(url)
      return Promise.resolve()
    }
    on() {
      return this
    }
    once() {
      return this
    }
    isDestroyed = () => false
    isVisible = () => false
    setBounds = () => undefined
    show = () => undefined
    showInactive = () => undefined
    focus = () => undefined
    hide = () => undefined
    destroy = () => undefined
    setBackgroundColor(colour: string) {
      this.record.backgroundColors.push(colour)
    }
  }
  return { BrowserWindow: RecordingWindow as unknown as Parameters<typeof createBreakWindow>[0], created }
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [path.relative(repoRoot, full).split(path.sep).join('/')] : []
  })
}

describe('the windows the main process creates', () => {
  it('are all made in electron/platform/break-window.ts, and the app makes one', () => {
    const mainSources = sourceFiles(path.join(repoRoot, 'electron')).map((file) => ({ file, text: fs.readFileSync(path.join(repoRoot, file), 'utf8') }))
    const constructing = mainSources.filter(({ text }) => /new\s+(BrowserWindow|BrowserView|WebContentsView)\s*\(|webPreferences\s*:/.test(text)).map(({ file }) => file)
    expect(constructing).toEqual(['electron/platform/break-window.ts'])
    const calls = mainSources.flatMap(({ file, text }) => [...text.matchAll(/\bcreateBreakWindow\(/g)].map(() => file))
    expect(calls.filter((file) => file !== 'electron/platform/break-window.ts')).toEqual(['electron/features/window.ts'])
  })
})

describe('the break window', () => {
  const preloadPath = '/app/out/preload/preload.cjs'

  const options = (overrides: Partial<BreakWindowOptions> = {}): BreakWindowOptions => ({
    preloadPath, spellcheck: false, background: () => windowBackgrounds.light, alwaysOnTop: true, ...overrides,
  })

  function createdOptions(overrides: Partial<BreakWindowOptions> = {}) {
    const { BrowserWindow, created } = recordingBrowserWindow()
    const window = createBreakWindow(BrowserWindow, options(overrides))
    window.show({ focus: true })
    window.show({ focus: false })
    return created
  }

  it('is created once, however often it is shown, and loads only our own bundle', () => {
    const created = createdOptions()
    expect(created).toHaveLength(1)
    expect(created[0]?.loadedUrls).toEqual([appEntryUrl])
    expect(appEntryUrl).toMatch(/^app:\/\/bundle\//)
  })

  it('runs its page sandboxed, isolated from the preload, without Node and with web security', () => {
    const preferences = createdOptions()[0]?.options.webPreferences
    expect(preferences).toMatchObject({
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    // Off by default; set to anything truthy they would undo the above, so they must stay unset or false.
    for (const risky of [
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'webviewTag',
      'allowRunningInsecureContent',
      'experimentalFeatures',
      'enableBlinkFeatures',
      'additionalArguments',
      'navigateOnDragDrop',
    ] as const) {
      expect(preferences?.[risky], risky).toBeFalsy()
    }
  })

  it.each([true, false])('checks spelling only when told to (spellcheck: %s)', (spellcheck) => {
    expect(createdOptions({ spellcheck })[0]?.options.webPreferences?.spellcheck).toBe(spellcheck)
  })

  it.each([true, false])('asks to stay above other windows only when told to (alwaysOnTop: %s)', (alwaysOnTop) => {
    expect(createdOptions({ alwaysOnTop })[0]?.options.alwaysOnTop).toBe(alwaysOnTop)
  })

  it.each([
    ['light', false],
    ['dark', false],
    ['system', true],
  ] as const)('paints the page\'s own opaque background before it loads (theme %s, system dark %s)', (theme, systemIsDark) => {
    const colour = windowBackground(theme, systemIsDark)
    const backgroundColor = createdOptions({ background: () => colour })[0]?.options.backgroundColor
    expect(backgroundColor).toBe(colour)
    // #RRGGBB: an alpha channel is honoured only by transparent windows, and would paint black here.
    expect(backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('reads the background when the window is made, so a theme chosen before the first show is the one painted', () => {
    const { BrowserWindow, created } = recordingBrowserWindow()
    let theme: 'light' | 'dark' = 'light'
    const window = createBreakWindow(BrowserWindow, options({ background: () => windowBackground(theme, false) }))
    theme = 'dark'
    window.show({ focus: false })
    expect(created[0]?.options.backgroundColor).toBe(windowBackgrounds.dark)
  })

  it('repaints the background of the window it made when the theme changes, and ignores a change before there is one', () => {
    const { BrowserWindow, created } = recordingBrowserWindow()
    const window = createBreakWindow(BrowserWindow, options())
    window.setBackground(windowBackgrounds.dark)
    expect(created).toHaveLength(0)
    window.show({ focus: false })
    window.setBackground(windowBackgrounds.dark)
    window.setBackground(windowBackgrounds.light)
    expect(created).toHaveLength(1)
    expect(created[0]?.backgroundColors).toEqual([windowBackgrounds.dark, windowBackgrounds.light])
  })
})
