import { EventEmitter } from 'node:events'
import path from 'node:path'
import { installDefaultMenuUnlessSet } from './default-menu.mjs'
import { launchWorld } from './world.mjs'

const preventable = () => {
  const event = { defaultPrevented: false, preventDefault() { event.defaultPrevented = true } }
  return event
}

/** app.commandLine: switches the app appends before ready (Electron applies them to Chromium). */
class FakeCommandLine {
  switches = new Map()
  appendSwitch(name, value = '') { this.switches.set(name, value) }
  appendArgument() {}
  hasSwitch(name) { return this.switches.has(name) }
  getSwitchValue(name) { return this.switches.get(name) ?? '' }
  removeSwitch(name) { this.switches.delete(name) }
}

class FakeApp extends EventEmitter {
  isPackaged = false
  reset() {
    this.removeAllListeners()
    this.ready = false
    this.quitting = false
    this.quitted = false
    this.secondProcess = null
    this.appUserModelId = null
    this.commandLine = new FakeCommandLine()
    this.loginItem = { openAtLogin: false, path: undefined, args: [] }
    this.readyPromise = new Promise((resolve) => { this.resolveReady = resolve })
  }
  /**
   * Harness: Electron's start. lib/browser/init.ts installs the default application menu on
   * 'will-finish-launching' (lib/browser/default-menu.ts), which comes before 'ready'.
   */
  markReady() {
    this.emit('will-finish-launching')
    installDefaultMenuUnlessSet()
    this.ready = true
    this.resolveReady()
    this.emit('ready')
  }
  /**
   * Harness: runs `launch` as a second process of the app would run its own start. Electron's process
   * singleton refuses it the lock and hands its command line (and its additionalData) to this process.
   */
  async asSecondProcess(launch) {
    const second = { additionalData: undefined, askedForLock: false, quit: false }
    this.secondProcess = second
    try {
      await launch()
    } finally {
      this.secondProcess = null
    }
    return second
  }
  whenReady() { return this.secondProcess ? new Promise(() => {}) : this.readyPromise }
  isReady() { return this.ready }
  getPath(name) {
    const { userDataDir } = launchWorld()
    const paths = { userData: userDataDir, appData: path.dirname(userDataDir), temp: path.join(userDataDir, '.tmp'), logs: path.join(userDataDir, 'logs'), exe: '/opt/Kindbreak/kindbreak', home: userDataDir }
    if (!(name in paths)) throw new Error(`fake electron: app.getPath('${name}') is not modelled`)
    return paths[name]
  }
  getName() { return 'Kindbreak' }
  getVersion() { return launchWorld().version }
  getLocale() { return launchWorld().locale }
  getSystemLocale() { return launchWorld().locale }
  getPreferredSystemLanguages() { return [launchWorld().locale] }
  /** docs/api/app.md: the second process gets false; its additionalData reaches the first one's 'second-instance'. */
  requestSingleInstanceLock(additionalData) {
    if (!this.secondProcess) return true
    this.secondProcess.askedForLock = true
    this.secondProcess.additionalData = additionalData === undefined ? undefined : structuredClone(additionalData)
    return false
  }
  hasSingleInstanceLock() { return !this.secondProcess }
  releaseSingleInstanceLock() {}
  /** Windows only (docs/api/app.md); toasts are attributed to this id. */
  setAppUserModelId(id) { this.appUserModelId = id }
  /**
   * docs/api/app.md: macOS and Windows only (Linux does nothing). On macOS an unsigned app's login item
   * may silently not apply, so reading it back is the only way to know.
   */
  setLoginItemSettings(settings) {
    const { platform, signed } = launchWorld().desktop
    if (platform === 'linux' || (platform === 'darwin' && !signed)) return
    this.loginItem = { ...this.loginItem, ...settings }
  }
  getLoginItemSettings() { return { ...this.loginItem } }
  quit() {
    if (this.secondProcess) {
      this.secondProcess.quit = true
      return
    }
    if (this.quitting) return
    const beforeQuit = preventable()
    this.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return
    this.quitting = true
    const willQuit = preventable()
    this.emit('will-quit', willQuit)
    // docs/api/app.md, 'will-quit': "Calling event.preventDefault() will prevent the default behavior, which
    // is terminating the application." The app stays up until it calls quit() again (before-quit comes again too).
    if (willQuit.defaultPrevented) {
      this.quitting = false
      return
    }
    this.emit('quit', preventable(), 0)
    this.quitted = true
  }
  exit() {
    if (this.secondProcess) this.secondProcess.quit = true
    else this.quitted = true
  }
  focus() {}
}

export const app = new FakeApp()
app.reset()
