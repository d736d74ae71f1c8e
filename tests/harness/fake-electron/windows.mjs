import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { app } from './app.mjs'
import { isWayland } from '../desktops.mjs'
import { contextMenuScript } from './context-menu.mjs'
import { pageWorkScript } from './page-work.mjs'
import { preloadShim } from './preload-shim.mjs'
import { toBrowserUrl, toElectronUrl } from './urls.mjs'
import { launchWorld } from './world.mjs'

const insecure = (prefs) => prefs.nodeIntegration || prefs.contextIsolation === false || prefs.sandbox === false || prefs.webSecurity === false

let nextId = 1

const definedPosition = (x, y) => ({ ...(x === undefined ? {} : { x }), ...(y === undefined ? {} : { y }) })

/**
 * The colour a window paints before its page (docs/api/base-window-options.md): default white; an alpha
 * channel counts only with `transparent: true`, so '#00000000' without it paints opaque black.
 */
function paintedBackground({ backgroundColor, transparent }) {
  if (!backgroundColor) return '#FFFFFF'
  const hex = /^#([0-9a-f]{3,8})$/i.exec(backgroundColor)?.[1]
  if (!hex) throw new Error(`fake electron: backgroundColor ${backgroundColor} is not a hex colour the fake models`)
  const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex
  // Electron reads #AARRGGBB (alpha first) for eight digits.
  // Without `transparent` the alpha is dropped: '#00000000' paints opaque black. (A transparent window is
  // not modelled: the app makes none.)
  if (transparent) throw new Error('fake electron: transparent windows are not modelled')
  return `#${(full.length === 8 ? full.slice(2) : full).toUpperCase()}`
}

export class WebContents extends EventEmitter {
  constructor(window) {
    super()
    this.id = nextId++
    this.window = window
    this.windowOpenHandler = null
    this.pendingSends = new Set()
  }
  setWindowOpenHandler(handler) { this.windowOpenHandler = handler }
  getURL() { return this.window.page ? toElectronUrl(this.window.page.url()) : '' }
  isDestroyed() { return this.window.isDestroyed() }
  isLoading() { return !this.window.loaded }
  openDevTools() {}
  /** The text field menu: Electron runs a role item's action on the focused web contents. */
  async runEditRole(role) {
    const page = await this.window.pageReady
    const commands = { cut: 'cut', copy: 'copy', paste: 'paste', selectAll: 'selectAll', undo: 'undo', redo: 'redo', delete: 'delete' }
    if (!commands[role]) throw new Error(`fake electron: role ${role} is not modelled`)
    await page.evaluate((command) => document.execCommand(command), commands[role])
  }
  selectAll() { return this.runEditRole('selectAll') }
  /** docs/api/web-contents.md: replaces the misspelled word under the caret (the one the menu was opened on). */
  replaceMisspelling(text) {
    const delivery = this.window.pageReady.then((page) => page.evaluate((word) => {
      const field = document.activeElement
      const caret = field.selectionStart
      const start = caret - field.value.slice(0, caret).match(/[\p{L}']*$/u)[0].length
      const end = caret + field.value.slice(caret).match(/^[\p{L}']*/u)[0].length
      field.setSelectionRange(start, end)
      document.execCommand('insertText', false, word)
    }, text))
    this.window.world.pendingLoads.add(delivery)
    void delivery.finally(() => this.window.world.pendingLoads.delete(delivery)).catch(() => {})
  }
  setBackgroundThrottling(allowed) { this.window.options.webPreferences = { ...this.window.options.webPreferences, backgroundThrottling: allowed } }
  send(channel, ...args) {
    // structuredClone throws on what Electron's IPC cannot serialise (functions, class instances with methods…).
    const payload = structuredClone(args)
    const delivery = this.window.pageReady
      .then((page) => page.evaluate(([c, a]) => window.__fakeIpcDeliver?.(c, a), [channel, payload]))
      .catch((error) => { if (!this.isDestroyed()) this.window.world.recordError(`webContents.send('${channel}') failed: ${error.message}`) })
      .finally(() => this.pendingSends.delete(delivery))
    this.pendingSends.add(delivery)
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() { return [...launchWorld().windows] }
  static getFocusedWindow() { return launchWorld().windows.find((w) => w.focused) ?? null }
  static fromWebContents(contents) { return contents?.window ?? null }

  constructor(options = {}) {
    super()
    const world = launchWorld()
    this.world = world
    this.options = structuredClone({ ...options, webPreferences: { ...(options.webPreferences ?? {}) } })
    this.destroyed = false
    this.visible = false
    this.focused = false
    this.loaded = false
    this.everShown = false
    this.readyToShowFired = false
    this.wayland = isWayland(world.desktop)
    // docs/api/base-window.md: always-on-top is not supported on Wayland, and a Wayland client cannot
    // place its windows: the compositor does, and getBounds() reports x and y as 0.
    this.alwaysOnTop = !this.wayland && Boolean(options.alwaysOnTop)
    this.bounds = { x: this.wayland ? 0 : options.x ?? 0, y: this.wayland ? 0 : options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 }
    this.backgroundColor = paintedBackground(options)
    this.webContents = new WebContents(this)
    world.windows.push(this)
    world.createdWindows += 1
    if (insecure(this.options.webPreferences)) world.recordError(`insecure webPreferences: ${JSON.stringify(this.options.webPreferences)}`)
    app.emit('web-contents-created', {}, this.webContents)
    this.pageReady = world.context.newPage().then(async (page) => {
      this.page = page
      world.pageToWindow.set(page, this)
      world.watchPage(page)
      await page.setViewportSize({ width: this.bounds.width, height: this.bounds.height })
      if (world.pageClockTime !== undefined) {
        await page.clock.install({ time: world.pageClockTime })
        // Playwright's installed clock still flows in real time; paused, it moves only through runFor.
        if (world.pausePageClock) await page.clock.pauseAt(world.pageClockTime + 1_000)
      }
      await page.addInitScript({ content: contextMenuScript })
      await page.addInitScript({ content: pageWorkScript })
      const preload = this.options.webPreferences.preload
      if (preload) await page.addInitScript({ content: preloadShim(fs.readFileSync(preload, 'utf8')) })
      page.on('close', () => this.#finish())
      return page
    }, (error) => {
      // The app quit (and its browser context closed) while this window was still being made: it never appears.
      if (world.closed) return new Promise(() => {})
      throw error
    })
  }

  async loadFile(file) { return this.loadURL(pathToFileURL(path.resolve(file)).href) }
  loadURL(url) {
    const loading = this.pageReady.then(async (page) => {
      await page.goto(toBrowserUrl(url), { waitUntil: 'load' })
      this.loaded = true
      this.webContents.emit('did-finish-load')
      // docs/api/browser-window.md: a window created with show: false still loads and paints its page
      // (paintWhenInitiallyHidden defaults to true), and 'ready-to-show' comes once, on the first paint,
      // only if the window has not been shown yet (shell/browser/api/electron_api_browser_window.cc,
      // did_ready_to_show_fired_). A hidden window's page runs as a shown one's does.
      if (!this.readyToShowFired && !this.everShown) {
        this.readyToShowFired = true
        this.emit('ready-to-show')
      }
    })
    // The harness's settle() waits for loads in flight, so simulated time never outruns a window opening.
    this.world.pendingLoads.add(loading)
    void loading.finally(() => this.world.pendingLoads.delete(loading)).catch(() => {})
    return loading
  }

  show() { this.#reveal(true) }
  /**
   * docs/api/base-window.md: showInactive is not supported on Wayland. The window is mapped like any new
   * toplevel and the compositor gives it the keyboard (KWin, sway, Mutter for a window it raises), so a
   * popup meant to wait quietly takes the keyboard mid-sentence.
   */
  showInactive() { this.#reveal(this.wayland) }
  #reveal(focus) {
    if (this.destroyed) throw new Error('Object has been destroyed')
    const wasVisible = this.visible
    this.visible = true
    this.everShown = true
    if (focus) this.focus()
    this.world.windowShown(this)
    if (!wasVisible) this.emit('show')
  }
  hide() {
    if (!this.visible) return
    this.visible = false
    this.#blur()
    this.emit('hide')
  }
  focus() {
    if (this.destroyed) return
    for (const other of this.world.windows) if (other !== this) other.#blur()
    if (!this.focused) {
      this.focused = true
      this.emit('focus')
    }
  }
  blur() { this.#blur() }
  #blur() {
    if (!this.focused) return
    this.focused = false
    this.emit('blur')
  }
  isVisible() { return this.visible }
  isFocused() { return this.focused }
  isDestroyed() { return this.destroyed }
  isMinimized() { return false }
  restore() {}
  moveTop() {}
  center() {}
  flashFrame() {}
  setSkipTaskbar() {}
  setVisibleOnAllWorkspaces() {}
  setAlwaysOnTop(flag) { if (!this.wayland) this.alwaysOnTop = Boolean(flag) }
  isAlwaysOnTop() { return this.alwaysOnTop }
  getBounds() { return { ...this.bounds } }
  setBounds({ x, y, ...size }) { this.bounds = { ...this.bounds, ...size, ...(this.wayland ? {} : definedPosition(x, y)) } }
  getPosition() { return [this.bounds.x, this.bounds.y] }
  setPosition(x, y) { if (!this.wayland) this.bounds = { ...this.bounds, x, y } }
  setBackgroundColor(colour) { this.backgroundColor = paintedBackground({ ...this.options, backgroundColor: colour }) }
  getSize() { return [this.bounds.width, this.bounds.height] }
  setSize(width, height) { this.bounds = { ...this.bounds, width, height } }
  close() {
    const event = { defaultPrevented: false, preventDefault() { event.defaultPrevented = true } }
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }
  destroy() {
    if (this.destroyed) return
    this.visible = false
    this.focused = false
    this.#finish()
    void this.page?.close().catch(() => {})
  }
  #finish() {
    if (this.destroyed) return
    this.destroyed = true
    const index = this.world.windows.indexOf(this)
    if (index >= 0) this.world.windows.splice(index, 1)
    this.emit('closed')
  }
}
