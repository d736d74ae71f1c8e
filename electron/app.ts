/**
 * Kindbreak's start function. Production calls it from main.ts with the wall clock; the e2e harness calls
 * the same built function with a manual clock. All state lives inside this call (no module-level state),
 * so a second start in the same process, as the harness does for a relaunch, begins from a clean slate.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  app, BrowserWindow, globalShortcut, ipcMain, Menu, nativeImage, nativeTheme, net, Notification, protocol, session, shell, Tray,
} from 'electron'
import type { AppState } from './contract'
import type { Clock } from './core/clock'
import { helpText, parseCommandLine } from './core/cli'
import type { Command } from './core/commands'
import { pickLocale } from './core/locale'
import { mainText } from './core/main-text'
import type { Notice } from './core/notices'
import type { Screen } from './core/screens'
import { applySettingsPatch } from './core/settings'
import { buildTrayMenu } from './core/tray-menu'
import { registerAppScheme, serveBundle } from './platform/app-protocol'
import { createBreakWindow } from './platform/break-window'
import { createHotkey } from './platform/hotkey'
import { registerRequestHandlers, RequestRefused } from './platform/ipc'
import { denyAllPermissions, lockDownWebContents } from './platform/security'
import { openSettingsStore } from './platform/settings-store'
import { createTray } from './platform/tray'

export interface Ports {
  clock: Clock
  /** The process's command line; only flags are read. */
  argv: readonly string[]
}

const bundleDir = path.dirname(fileURLToPath(import.meta.url))
const paths = {
  renderer: path.join(bundleDir, '../renderer'),
  preload: path.join(bundleDir, '../preload/preload.cjs'),
  trayIcon: path.join(bundleDir, '../../resources/icons/tray-light-22.png'),
}

// No page may open anything outside the app until a feature needs a link; then its hosts go here.
const allowedExternalHosts: ReadonlySet<string> = new Set()

export async function startApp({ clock, argv }: Ports): Promise<void> {
  registerAppScheme(protocol)
  const commandLine = parseCommandLine(argv)
  if (commandLine.help) {
    process.stdout.write(`${helpText()}\n`)
    app.quit()
    return
  }
  // A second launch hands its flags to the running instance (the 'second-instance' event there) and leaves.
  if (!app.requestSingleInstanceLock()) {
    if (commandLine.unknown.length > 0) process.stderr.write(`Unknown flag: ${commandLine.unknown.join(' ')}\n${helpText()}\n`)
    app.quit()
    return
  }
  await app.whenReady()

  const settingsStore = openSettingsStore(app.getPath('userData'), clock.now())
  let notices: Notice[] = [...settingsStore.notices]
  let screen: Screen = 'home'
  const text = () => mainText[pickLocale(app.getLocale())]
  const notify = ({ title, body }: { title: string; body: string }) => {
    if (Notification.isSupported()) new Notification({ title, body, silent: true }).show()
  }

  denyAllPermissions(session.defaultSession)
  lockDownWebContents(app, shell, allowedExternalHosts)
  serveBundle(protocol, net, paths.renderer)
  nativeTheme.themeSource = settingsStore.current().theme

  const window = createBreakWindow(BrowserWindow, paths.preload)
  const state = (): AppState => ({
    screen,
    settings: settingsStore.current(),
    notices,
    locale: pickLocale(app.getLocale()),
    version: app.getVersion(),
  })

  const open = (target: Screen) => {
    screen = target
    window.send('navigate', target)
    window.show({ focus: true })
  }

  const run = (command: Command) => {
    if (command.kind === 'open') open(command.screen)
    else app.quit()
  }

  const trayView = () => {
    const status = text().statusEvery(settingsStore.current().schedule.intervalMinutes)
    return { items: buildTrayMenu(text().tray, status), tooltip: text().tooltip(status), iconPath: paths.trayIcon }
  }
  const tray = createTray({ Tray, Menu, createImage: (file) => nativeImage.createFromPath(file) }, run, trayView())

  // The hotkey brings the window forward; if it is already up, it only focuses it, so nothing typed is lost.
  const hotkey = createHotkey(globalShortcut, () => (window.isVisible() ? window.show({ focus: true }) : open('home')))
  const configuredHotkey = settingsStore.current().hotkey
  if (!hotkey.change(configuredHotkey).ok) {
    notices = [...notices, { id: `hotkey-${clock.now()}`, kind: 'hotkey-unavailable', hotkey: configuredHotkey }]
    notify(text().notifications.hotkeyUnavailable(configuredHotkey))
  }
  for (const notice of settingsStore.notices) {
    if (notice.kind === 'settings-unreadable') notify(text().notifications.settingsUnreadable(notice.movedTo))
    if (notice.kind === 'settings-fields-replaced') notify(text().notifications.settingsFieldsReplaced(notice.fields))
  }

  const removeHandlers = registerRequestHandlers(ipcMain, {
    getState: state,
    updateSettings(patch) {
      const next = applySettingsPatch(settingsStore.current(), patch)
      if (next.hotkey !== hotkey.current()) {
        const changed = hotkey.change(next.hotkey)
        if (!changed.ok) throw new RequestRefused(`hotkey: ${next.hotkey} could not be used (${changed.reason}); the previous hotkey is still active`)
      }
      settingsStore.save(next)
      nativeTheme.themeSource = next.theme
      tray.render(trayView())
      window.send('stateChanged', state())
      return next
    },
    dismissNotice(id) {
      notices = notices.filter((notice) => notice.id !== id)
      return notices
    },
    hideWindow: () => window.hide(),
  })

  const runCommandLine = (parsed: ReturnType<typeof parseCommandLine>, openByDefault: boolean) => {
    if (parsed.unknown.length > 0) notify(text().notifications.unknownFlags(parsed.unknown))
    if (parsed.commands.length === 0 && openByDefault && parsed.unknown.length === 0) open('home')
    parsed.commands.forEach(run)
  }
  // A plain second launch (no flags) means "show me Kindbreak": open the window rather than do nothing.
  app.on('second-instance', (_event, secondArgv) => runCommandLine(parseCommandLine(secondArgv), true))
  app.on('window-all-closed', () => {
    // A tray app keeps running with no window open.
  })
  app.on('before-quit', () => window.destroy())
  app.on('will-quit', () => {
    hotkey.dispose()
    removeHandlers()
    tray.destroy()
  })
  runCommandLine(commandLine, false)
}
