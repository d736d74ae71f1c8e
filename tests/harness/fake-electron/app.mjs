import { EventEmitter } from 'node:events'
import path from 'node:path'
import { launchWorld } from './world.mjs'

const preventable = () => {
  const event = { defaultPrevented: false, preventDefault() { event.defaultPrevented = true } }
  return event
}

class FakeApp extends EventEmitter {
  isPackaged = false
  reset() {
    this.removeAllListeners()
    this.ready = false
    this.quitting = false
    this.quitted = false
    this.loginItem = { openAtLogin: false, path: undefined, args: [] }
    this.readyPromise = new Promise((resolve) => { this.resolveReady = resolve })
  }
  /** Harness: the moment Electron would emit 'ready'. */
  markReady() {
    this.ready = true
    this.resolveReady()
    this.emit('ready')
  }
  whenReady() { return this.readyPromise }
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
  requestSingleInstanceLock() { return true }
  hasSingleInstanceLock() { return true }
  releaseSingleInstanceLock() {}
  setAppUserModelId() {}
  setLoginItemSettings(settings) { this.loginItem = { ...this.loginItem, ...settings } }
  getLoginItemSettings() { return { ...this.loginItem } }
  quit() {
    if (this.quitting) return
    const beforeQuit = preventable()
    this.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return
    this.quitting = true
    const willQuit = preventable()
    this.emit('will-quit', willQuit)
    this.emit('quit', preventable(), 0)
    this.quitted = true
  }
  exit() { this.quitted = true }
  focus() {}
}

export const app = new FakeApp()
app.reset()
