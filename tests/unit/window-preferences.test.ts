// The web preferences of every window Kindbreak creates: Electron's security checklist, pinned.
import fs from 'node:fs'
import path from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { createBreakWindow } from '../../electron/platform/break-window'
import { appEntryUrl } from '../../electron/platform/security'

const repoRoot = path.resolve(__dirname, '../..')

/** Records what the app asks of Electron's BrowserWindow; behaves just enough for the window to show. */
function recordingBrowserWindow() {
  const created: { options: BrowserWindowConstructorOptions; loadedUrls: string[] }[] = []
  class RecordingWindow {
    private readonly record: (typeof created)[number]
    readonly webContents = { on: () => undefined, send: () => undefined }
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, loadedUrls: [] }
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
    const constructing = mainSources.filter(({ text }) => /new\s+(BrowserWindow|BrowserView|WebContentsView)\s*\(|webPreferences/.test(text)).map(({ file }) => file)
    expect(constructing).toEqual(['electron/platform/break-window.ts'])
    const calls = mainSources.flatMap(({ file, text }) => [...text.matchAll(/\bcreateBreakWindow\(/g)].map(() => file))
    expect(calls.filter((file) => file !== 'electron/platform/break-window.ts')).toEqual(['electron/app.ts'])
  })
})

describe('the break window', () => {
  const preloadPath = '/app/out/preload/preload.cjs'

  function createdOptions() {
    const { BrowserWindow, created } = recordingBrowserWindow()
    const window = createBreakWindow(BrowserWindow, preloadPath)
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
})
