import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { launchWorld } from './world.mjs'

export const globalShortcut = {
  register(accelerator, callback) {
    const world = launchWorld()
    if (world.hotkeysTakenElsewhere.has(accelerator) || world.hotkeys.has(accelerator)) return false
    world.hotkeys.set(accelerator, callback)
    return true
  },
  isRegistered: (accelerator) => launchWorld().hotkeys.has(accelerator),
  unregister: (accelerator) => void launchWorld().hotkeys.delete(accelerator),
  unregisterAll: () => launchWorld().hotkeys.clear(),
}

class FakePowerMonitor extends EventEmitter {
  getSystemIdleTime() { return launchWorld().idleSeconds }
  getSystemIdleState(threshold) { return launchWorld().idleSeconds >= threshold ? 'idle' : 'active' }
  isOnBatteryPower() { return false }
}
export const powerMonitor = new FakePowerMonitor()

export class Notification extends EventEmitter {
  static isSupported() { return true }
  constructor(options = {}) {
    super()
    this.options = options
  }
  show() {
    launchWorld().notifications.push({ title: this.options.title ?? '', body: this.options.body ?? '' })
    this.emit('show')
  }
  close() { this.emit('close') }
}

export const shell = {
  async openExternal(url) { launchWorld().openedExternal.push(url) },
  async openPath(target) { launchWorld().openedPaths.push(target); return '' },
  showItemInFolder(target) { launchWorld().openedPaths.push(target) },
}

class FakeNativeTheme extends EventEmitter {
  #source = 'system'
  get themeSource() { return this.#source }
  set themeSource(value) {
    this.#source = value
    const world = launchWorld()
    for (const window of world.windows) void window.pageReady.then((page) => page.emulateMedia({ colorScheme: this.#scheme() }))
    world.themeSource = value
    this.emit('updated')
  }
  #scheme() { return this.#source === 'system' ? launchWorld().systemColorScheme : this.#source }
  get shouldUseDarkColors() { return this.#scheme() === 'dark' }
  get shouldUseHighContrastColors() { return false }
  get prefersReducedTransparency() { return false }
  colorSchemeFor() { return this.#scheme() }
}
export const nativeTheme = new FakeNativeTheme()

const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 }
export const screen = {
  getCursorScreenPoint: () => ({ ...launchWorld().cursor }),
  getPrimaryDisplay: () => display,
  getAllDisplays: () => [display],
  getDisplayNearestPoint: () => display,
  getDisplayMatching: () => display,
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) { launchWorld().permissionRequestHandler = handler },
    setPermissionCheckHandler(handler) { launchWorld().permissionCheckHandler = handler },
    webRequest: { onHeadersReceived() {}, onBeforeRequest() {} },
    setSpellCheckerLanguages() {},
  },
}

// A reversible stand-in for the OS keychain: not encryption, but the plain text never appears in what it returns.
export const safeStorage = {
  isEncryptionAvailable: () => launchWorld().safeStorageBackend !== 'unavailable',
  getSelectedStorageBackend: () => launchWorld().safeStorageBackend,
  encryptString(plain) {
    const bytes = Buffer.from(plain, 'utf8').map((byte) => byte ^ 0x5a)
    return Buffer.concat([Buffer.from('fake-keychain:'), bytes])
  },
  decryptString(encrypted) {
    const prefix = Buffer.from('fake-keychain:')
    if (!encrypted.subarray(0, prefix.length).equals(prefix)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    return Buffer.from(encrypted.subarray(prefix.length).map((byte) => byte ^ 0x5a)).toString('utf8')
  },
}

/** Dialogs answer with what the test queued through the harness (app.dialogs), or as cancelled. */
export const dialog = {
  async showSaveDialog(_window, options) { return launchWorld().answerDialog('save', options ?? _window) },
  async showOpenDialog(_window, options) { return launchWorld().answerDialog('open', options ?? _window) },
  async showMessageBox(_window, options) { return launchWorld().answerDialog('message', options ?? _window) },
  showErrorBox(title, content) { launchWorld().recordError(`dialog.showErrorBox: ${title}: ${content}`) },
}

const mimeTypes = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon' }

export const net = {
  async fetch(input) {
    const url = new URL(typeof input === 'string' ? input : input.url)
    if (url.protocol !== 'file:') throw new Error(`fake electron: net.fetch of ${url.protocol} is refused (no network in tests)`)
    const file = decodeURIComponent(url.pathname)
    try {
      const body = fs.readFileSync(file)
      return new Response(body, { status: 200, headers: { 'content-type': mimeTypes[path.extname(file)] ?? 'application/octet-stream' } })
    } catch {
      return new Response('not found', { status: 404 })
    }
  },
}

class FakeIpcMain extends EventEmitter {
  handlers = new Map()
  handle(channel, handler) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }
  handleOnce(channel, handler) {
    this.handle(channel, (...args) => {
      this.handlers.delete(channel)
      return handler(...args)
    })
  }
  removeHandler(channel) { this.handlers.delete(channel) }
  reset() {
    this.handlers.clear()
    this.removeAllListeners()
  }
}
export const ipcMain = new FakeIpcMain()
