/**
 * Kindbreak's start function: the composition root, which only lists the features and wires the app's
 * events to them. Production calls it from main.ts with the wall clock and the real process; the e2e
 * harness calls the same built function with a manual clock and the desktop it plays. All state lives
 * inside this call (no module-level state), so a second start in one process begins from a clean slate.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  app, BrowserWindow, dialog, globalShortcut, ipcMain, Menu, nativeImage, nativeTheme, net, Notification, powerMonitor, protocol,
  safeStorage, screen as displays, session, shell, Tray,
} from 'electron'
import { channels, type AppState, type RequestName } from './contract'
import { pickLocale, type Locale } from './common/locale'
import type { Clock } from './core/clock'
import { helpText, parseCommandLine, secondLaunchData } from './core/cli'
import { electronReadsIdle, quietWindowsWork, readDesktop, type Platform } from './core/desktop'
import { mainText } from './common/catalog/main-index'
import { cornerBounds } from './core/popup-position'
import { supportLineHosts } from './core/support-lines'
import { startBreaks } from './features/breaks'
import { createCommands } from './features/commands'
import { createDesktopShell, findOutWhetherTrayShows, prepareSession } from './features/desktop-shell'
import { collectHandlers, type Feature } from './features/feature'
import { createHotkeyFeature } from './features/hotkey'
import { createJournal } from './features/journal'
import { createLoginItemFeature } from './features/login-item'
import { createNotices } from './features/notices'
import { phraseHandlers } from './features/phrases'
import { openSettings, type SettingsFeature } from './features/settings'
import { createTrayFeature } from './features/tray'
import { createWindowFeature, type WindowFeature } from './features/window'
import { keepDefaultMenuAway } from './platform/app-menu'
import { registerAppScheme, serveBundle } from './platform/app-protocol'
import { breakWindowSize } from './platform/break-window'
import { otherAppFullscreen } from './platform/fullscreen'
import type { PresenceTools } from './platform/presence'
import { lazyPresence } from './platform/presence/lazy'
import { registerRequestHandlers } from './platform/ipc'
import type { LoginItemPorts } from './platform/login-item'
import { createNotifier } from './platform/notifier'
import { denyAllPermissions, lockDownWebContents } from './platform/security'

export interface Ports {
  clock: Clock
  /** The process's command line; only flags are read. */
  argv: readonly string[]
  /** The operating system (process.platform); the harness plays others. */
  platform: string
  /** The environment: the Linux session and desktop, XDG_CONFIG_HOME and APPIMAGE for the login item. */
  env: Readonly<Record<string, string | undefined>>
  /** Whether another app is fullscreen (a meeting); null when it cannot be told. Default: xprop on X11. */
  otherAppFullscreen?: () => Promise<boolean | null>
  /** The system tools the presence checks run (pactl, gdbus, gsettings, reg, /proc). Default: the real ones. */
  presenceTools?: Partial<PresenceTools>
  /** Linux: whether a panel shows tray icons; null when it cannot be told. Default: asks D-Bus through gdbus. */
  statusNotifierHost?: () => Promise<boolean | null>
  /** Runs work that waits for start-up to be over (the window made ready). Default: a few seconds after the tray, on the clock. */
  whenQuiet?: (task: () => void) => () => void
}

/**
 * How long after the tray is up the window is made ready: the journal's opening, the presence checks'
 * loading and the desktop's other programs starting at login go first, and a person rarely asks sooner.
 */
const quietAfterTrayMs = 3_000

/** Windows attributes notifications to this id; it must be electron-builder's appId (the Start-menu shortcut's). */
const appUserModelId = 'org.kindbreak.Kindbreak'

const bundleDir = path.dirname(fileURLToPath(import.meta.url))
const paths = {
  renderer: path.join(bundleDir, '../renderer'),
  preload: path.join(bundleDir, '../preload/preload.cjs'),
  journalWorker: path.join(bundleDir, 'journal-worker.js'),
  icons: path.join(bundleDir, '../../resources/icons'),
}

export async function startApp(ports: Ports): Promise<void> {
  const { clock } = ports
  const desktop = readDesktop(ports.platform, ports.env, ports.argv)
  registerAppScheme(protocol)
  const commandLine = parseCommandLine(ports.argv)
  if (commandLine.help) return void (process.stdout.write(`${helpText()}\n`), app.quit())
  // A second launch hands its flags to the running instance and leaves. Its own list goes along as
  // additionalData: the forwarded command line carries switches Electron and Chromium appended (app.md).
  if (!app.requestSingleInstanceLock(secondLaunchData(ports.argv))) {
    if (commandLine.unknown.length > 0) process.stderr.write(`Unknown flag: ${commandLine.unknown.join(' ')}\n${helpText()}\n`)
    return void app.quit()
  }
  keepDefaultMenuAway(Menu)
  // Toasts are dropped unless attributed to the id the Start-menu shortcut carries (Windows only).
  if (desktop.platform === 'win32') app.setAppUserModelId(appUserModelId)
  await app.whenReady()

  const userData = app.getPath('userData')
  const defaultSession = prepareSession(session.defaultSession, userData)
  const features: Feature[] = []
  const settings = openSettings(userData, clock.now(), () => features, () => refresh())
  const locale = (): Locale => {
    const chosen = settings.current().language
    return chosen === 'system' ? pickLocale(app.getLocale()) : chosen
  }
  const text = () => mainText[locale()]
  const notify = createNotifier(Notification)
  const notices = createNotices(settings.openingNotices)
  denyAllPermissions(defaultSession)
  lockDownWebContents(app, shell, new Set(supportLineHosts))
  serveBundle(protocol, net, paths.renderer)
  nativeTheme.themeSource = settings.current().theme
  let trayShown = true
  const state = (): AppState => ({
    screen: window.screen(), hidden: !window.window.isVisible(), settings: settings.current(), notices: notices.list(), locale: locale(), version: app.getVersion(),
    breaks: breaks.view(), desktop: { platform: desktop.platform, trayShown, quietPopups: quietWindowsWork(desktop), hotkey: hotkey.status() },
  })
  const refresh = () => {
    tray.render()
    window.refresh()
  }
  const whenQuiet = ports.whenQuiet ?? ((task: () => void) => clock.setTimer(clock.now() + quietAfterTrayMs, task))
  const window = createWindowFeature({
    BrowserWindow, preloadPath: paths.preload, desktop, settings: settings.current, systemIsDark: () => nativeTheme.shouldUseDarkColors, state, whenQuiet,
  })
  const presence = lazyPresence(desktop, app.getName(), ports.presenceTools)
  const breaks = startBreaks({
    clock, settings: settings.current, text, window: window.window, screen: window.screen, showScreen: window.showScreen, notify, addNotice: notices.add, onChange: refresh,
    stateFile: path.join(userData, 'schedule-state.json'), eventsFile: path.join(userData, 'break-events.jsonl'), power: powerMonitor,
    rotationFile: path.join(userData, 'break-rotation.json'),
    popupBounds: () => cornerBounds(displays.getDisplayNearestPoint(displays.getCursorScreenPoint()).workArea, breakWindowSize),
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    otherAppFullscreen: ports.otherAppFullscreen ?? (() => otherAppFullscreen(desktop)),
    presence,
    desktopTellsIdle: !electronReadsIdle(desktop),
    quietPopups: quietWindowsWork(desktop),
  })
  const commands = createCommands({ window, breaks, settings: settings.current, quit: () => app.quit(), notify, text })
  const tray = createTrayFeature({
    Tray, Menu, createImage: (file) => nativeImage.createFromPath(file), iconsDir: paths.icons, desktop, text, locale, run: commands.run,
    systemUiDark: () => nativeTheme.shouldUseDarkColorsForSystemIntegratedUI, breaks: () => breaks.view(), openHome: window.openHome,
  })
  // Opened once the tray is up, off the start-up path: a long journal never delays the tray icon.
  const journal = createJournal({
    userData, clock, settings: settings.current, saveSettings: settings.update, locale, safeStorage, platform: desktop.platform, dialog, shell, addNotice: notices.add,
    dialogParent: () => BrowserWindow.getFocusedWindow(), onChange: window.refresh, eventsFile: path.join(userData, 'break-events.jsonl'),
    workerScript: paths.journalWorker,
  })
  journal.openSoon()
  presence.prepare()
  window.readySoon()
  const hotkey = createHotkeyFeature({
    globalShortcut, desktop, configured: settings.current().hotkey, now: clock.now, onPress: window.openHome, onStatusChange: window.refresh,
    notify, text, addNotice: notices.add,
  })
  const loginItem = createLoginItemFeature(loginItemPorts(desktop.platform, ports.env), settings.current().startAtLogin)
  const theme: Feature = { settingsChanged: (next) => void (nativeTheme.themeSource = next.theme) }
  const phrases: Feature = { handlers: phraseHandlers({ settings: settings.current, locale, saveSettings: settings.update }) }
  const shellFeature = createDesktopShell({ app, Menu, shell, desktop, userData, text })
  // The order settings changes go in: what can refuse first (the hotkey, the login item), the window's look last.
  features.push(settings, hotkey, loginItem, theme, breaks, journal, tray, window, phrases, notices, commands, shellFeature)
  notices.announce(notify, text())

  const removeHandlers = registerRequestHandlers(ipcMain, collectHandlers(features, Object.keys(channels) as RequestName[]))
  app.on('second-instance', (_event, argv, _workingDirectory, additionalData) => commands.secondLaunch(argv, additionalData))
  // macOS: opening the running app again from Finder or Spotlight emits 'activate', not 'second-instance'.
  app.on('activate', window.openHome)
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => {})
  app.on('before-quit', () => window.window.destroy())
  let finished = false
  app.on('will-quit', (event) => {
    if (!finished) {
      // docs/api/app.md: preventing 'will-quit' keeps the app running; quitting again once all is finished.
      event.preventDefault()
      void finishAll(features).then(() => {
        finished = true
        app.quit()
      })
      return
    }
    for (const feature of features) feature.dispose?.()
    removeHandlers()
  })
  const firstStart = !settings.current().firstRun.welcomed
  commands.runCommandLine(commandLine, false)
  if (firstStart) welcome(settings, window)
  await findOutWhetherTrayShows({
    desktop, statusNotifierHost: ports.statusNotifierHost, hotkey: hotkey.current, now: clock.now, addNotice: notices.add,
    onNoTray() {
      trayShown = false
      if (window.window.isVisible()) window.refresh()
      else window.showScreen('home', { focus: false })
    },
  })
}

/** How long a quit waits for features to finish: long enough for a large import's write, never a hang. */
const FINISH_TIMEOUT_MS = 5_000

function finishAll(features: readonly Feature[]): Promise<void> {
  const all = Promise.allSettled(features.map((feature) => feature.finish?.()))
  return Promise.race([all, new Promise((resolve) => setTimeout(resolve, FINISH_TIMEOUT_MS).unref())]).then(() => undefined)
}

/** The login item's ports: Electron's API on macOS and Windows, an autostart entry on Linux. */
function loginItemPorts(platform: Platform, env: Ports['env']): LoginItemPorts {
  return {
    platform, env, homeDir: app.getPath('home'), execPath: process.execPath,
    setLoginItemSettings: (item) => app.setLoginItemSettings(item), getLoginItemSettings: () => app.getLoginItemSettings(),
  }
}

/**
 * The very first start says hello once, unless a flag already asked for something else. It is marked as
 * seen when shown, so quitting from the welcome never brings it back.
 */
function welcome(settings: SettingsFeature, window: WindowFeature): void {
  if (window.window.isVisible()) return
  settings.update({ firstRun: { ...settings.current().firstRun, welcomed: true } })
  window.showScreen('welcome', { focus: true })
}
