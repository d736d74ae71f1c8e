import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { isWayland } from '../desktops.mjs'
import { app } from './app.mjs'
import { createFakeSafeStorage } from './safe-storage-model.mjs'
import { launchWorld } from './world.mjs'

/**
 * X11, Windows and macOS answer register() at once: false when another app holds the keys. On Wayland the
 * binding goes through the desktop's GlobalShortcuts portal (shell/browser/api/electron_api_global_shortcut.cc,
 * docs/api/global-shortcut.md): register() says true without waiting for anyone; KDE binds silently, GNOME
 * asks the person in a dialog first (app.desktopPortal.allowShortcuts() in the harness), a desktop whose
 * portal lacks GlobalShortcuts (sway's wlr portal) never binds. unregister() returns early on this path (the
 * accelerator is not in accelerator_callback_map_), so a binding stays registered and keeps firing; only
 * unregisterAll() lets go.
 */
export const globalShortcut = {
  register(accelerator, callback) {
    const world = launchWorld()
    if (world.hotkeysTakenElsewhere.has(accelerator) || world.hotkeys.has(accelerator)) return false
    world.hotkeys.set(accelerator, callback)
    if (isWayland(world.desktop)) {
      if (world.desktop.desktop === 'kde') world.portalShortcuts.bound.set(accelerator, callback)
      else world.portalShortcuts.requested.set(accelerator, callback)
    }
    return true
  },
  isRegistered: (accelerator) => launchWorld().hotkeys.has(accelerator),
  unregister(accelerator) {
    const world = launchWorld()
    if (isWayland(world.desktop)) return
    world.hotkeys.delete(accelerator)
  },
  unregisterAll() {
    const world = launchWorld()
    world.hotkeys.clear()
    world.portalShortcuts.requested.clear()
    world.portalShortcuts.bound.clear()
  },
}

/** What a press of these keys does on the desktop: the callbacks that fire (none when nothing is bound). */
export function hotkeyCallbacks(world, accelerator) {
  if (!isWayland(world.desktop)) return world.hotkeys.has(accelerator) ? [world.hotkeys.get(accelerator)] : []
  const bound = world.portalShortcuts.bound.get(accelerator)
  return bound ? [bound] : []
}

/** The person allows the shortcuts in GNOME's portal dialog (other desktops show none). */
export function allowPortalShortcuts(world) {
  if (!isWayland(world.desktop)) throw new Error('the shortcut portal is a Wayland thing: this world is not Wayland')
  if (world.desktop.desktop !== 'gnome') return false
  for (const [accelerator, callback] of world.portalShortcuts.requested) world.portalShortcuts.bound.set(accelerator, callback)
  world.portalShortcuts.requested.clear()
  return true
}

/**
 * docs/api/power-monitor.md: on Wayland the idle time is read only where the compositor offers it (GNOME's
 * Mutter and KDE's KWin); elsewhere it stays 0.
 */
const idleSeconds = () => {
  const world = launchWorld()
  return isWayland(world.desktop) && !['gnome', 'kde'].includes(world.desktop.desktop) ? 0 : world.seatIdleSeconds()
}

class FakePowerMonitor extends EventEmitter {
  getSystemIdleTime() { return idleSeconds() }
  getSystemIdleState(threshold) { return idleSeconds() >= threshold ? 'idle' : 'active' }
  isOnBatteryPower() { return false }
}
export const powerMonitor = new FakePowerMonitor()

/**
 * A notification as each platform treats it. Windows attributes a toast to the app's AppUserModelID; with
 * none set (app.setAppUserModelId) it goes out as electron.app.Kindbreak, which no Start-menu shortcut
 * names, and Windows drops it. macOS emits 'failed' for an unsigned app (docs/api/notification.md).
 * 'click' is the person opening it (Linux: the default action, which GNOME and KDE offer).
 */
export class Notification extends EventEmitter {
  static isSupported() { return true }
  constructor(options = {}) {
    super()
    this.options = options
  }
  show() {
    const world = launchWorld()
    const shown = { title: this.options.title ?? '', body: this.options.body ?? '' }
    const { platform, signed } = world.desktop
    if (platform === 'win32' && !app.appUserModelId) {
      world.droppedNotifications.push({ ...shown, appId: 'electron.app.Kindbreak' })
      return
    }
    if (platform === 'darwin' && !signed) {
      world.droppedNotifications.push({ ...shown, reason: 'unsigned' })
      queueMicrotask(() => this.emit('failed', {}, 'Notifications are not allowed for this application'))
      return
    }
    world.notifications.push(shown)
    world.notificationObjects.push(this)
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
  /**
   * docs/api/native-theme.md and electron_api_native_theme.cc: on Windows the taskbar's shade from the
   * registry (SystemUsesLightTheme), whatever themeSource says; elsewhere the same as shouldUseDarkColors,
   * which follows themeSource.
   */
  get shouldUseDarkColorsForSystemIntegratedUI() {
    const { platform, panelDark } = launchWorld().desktop
    return platform === 'win32' ? panelDark : this.shouldUseDarkColors
  }
  get shouldUseHighContrastColors() { return false }
  get prefersReducedTransparency() { return false }
  colorSchemeFor() { return this.#scheme() }
}
export const nativeTheme = new FakeNativeTheme()

const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 }
export const screen = {
  // docs/api/screen.md: not available on Wayland, where a client cannot see the pointer outside its windows.
  getCursorScreenPoint: () => (isWayland(launchWorld().desktop) ? { x: 0, y: 0 } : { ...launchWorld().cursor }),
  getPrimaryDisplay: () => display,
  getAllDisplays: () => [display],
  getDisplayNearestPoint: () => display,
  getDisplayMatching: () => display,
}

/**
 * Spellcheck (docs/tutorial/spellchecker.md, docs/api/session.md): macOS uses the OS's checker; Linux uses
 * Hunspell, and Windows the OS's checker for languages it has and Hunspell for the rest. The Session
 * object's constructor (the first use of session.defaultSession; shell/browser/api/electron_api_session.cc)
 * starts InitializeDictionaries for the spellchecker languages (the OS locale by default, re-filled at every
 * start), and a missing .bdic is downloaded from the base URL once the file check comes back, on a later
 * turn. Neither webPreferences.spellcheck nor setSpellCheckerEnabled(false) stops that; only a base URL
 * set in the same turn does (a file: URL fails at once, on this machine).
 */
function startDictionaryDownloads(world) {
  if (world.desktop.platform === 'darwin') return
  setImmediate(() => {
    const { spellchecker } = world
    if (!/^https?:/.test(spellchecker.downloadUrl)) return
    for (const language of spellchecker.languages) {
      world.remoteRequests.push({ url: `${spellchecker.downloadUrl}${language.toLowerCase()}-3-0.bdic`, from: 'spellchecker' })
    }
  })
}

const defaultSession = {
  setPermissionRequestHandler(handler) { launchWorld().permissionRequestHandler = handler },
  setPermissionCheckHandler(handler) { launchWorld().permissionCheckHandler = handler },
  webRequest: { onHeadersReceived() {}, onBeforeRequest() {} },
  setSpellCheckerEnabled(enabled) { launchWorld().spellchecker.enabled = Boolean(enabled) },
  isSpellCheckerEnabled: () => launchWorld().spellchecker.enabled,
  setSpellCheckerLanguages(languages) { launchWorld().spellchecker.languages = [...languages] },
  getSpellCheckerLanguages: () => [...launchWorld().spellchecker.languages],
  /** Must be a valid URL ending in a slash (docs/api/session.md); it applies to every session. */
  setSpellCheckerDictionaryDownloadURL(url) {
    if (!URL.canParse(url) || !url.endsWith('/')) throw new Error(`setSpellCheckerDictionaryDownloadURL: ${url} is not a valid URL ending in /`)
    launchWorld().spellchecker.downloadUrl = url
  },
}

export const session = {
  get defaultSession() {
    const world = launchWorld()
    if (!world.spellchecker.sessionMade) {
      world.spellchecker.sessionMade = true
      startDictionaryDownloads(world)
    }
    return defaultSession
  },
}

/** Words the fake's checker knows to be misspelled, with its suggestions (only where a checker runs locally). */
export const fakeMisspellings = { teh: ['the', 'tech'], freind: ['friend'], recieve: ['receive'] }

/** Where suggestions come without a download: macOS's checker, and Windows' for the languages it has (en, es here). */
export function checksSpellingLocally(world, webPreferences) {
  return webPreferences.spellcheck !== false && world.spellchecker.enabled && world.desktop.platform !== 'linux'
}

/** Answers from the keyring of the world being launched (safe-storage-model.mjs). */
export const safeStorage = createFakeSafeStorage(launchWorld)

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
    if (url.protocol !== 'file:') {
      launchWorld().remoteRequests.push({ url: url.href, from: 'net' })
      throw new Error(`fake electron: net.fetch of ${url.protocol} is refused (no network in tests)`)
    }
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
