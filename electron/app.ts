/**
 * Kindbreak's start function. Production calls it from main.ts with the wall clock; the e2e harness calls
 * the same built function with a manual clock. All state lives inside this call (no module-level state),
 * so a second start in the same process, as the harness does for a relaunch, begins from a clean slate.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  app, BrowserWindow, dialog, globalShortcut, ipcMain, Menu, nativeImage, nativeTheme, net, Notification, powerMonitor, protocol,
  safeStorage, screen as displays, session, shell, Tray,
} from 'electron'
import type { AppState } from './contract'
import type { Clock } from './core/clock'
import { helpText, parseCommandLine, secondLaunchArgv, secondLaunchData, type ParsedCommandLine } from './core/cli'
import type { Command } from './core/commands'
import { hotkeyNeedsConfirmation, localSpellcheck, quietWindowsWork, readDesktop, trayClickOpensWindow } from './core/desktop'
import { pickLocale, type Locale } from './core/locale'
import { mainText } from './core/main-text'
import type { Notice } from './core/notices'
import { cornerBounds } from './core/popup-position'
import type { Screen } from './core/screens'
import { restoreDefaultsPatch } from './core/restore-defaults'
import { applySettingsPatch, type Settings, type SettingsPatch } from './core/settings'
import { supportLineHosts } from './core/support-lines'
import { buildTrayMenu } from './core/tray-menu'
import { panelShade, trayIconFile } from './core/tray-icon'
import { windowBackground } from './core/window-background'
import { breakScreen, startBreaks } from './features/breaks'
import { createJournal } from './features/journal'
import { phraseHandlers } from './features/phrases'
import { keepDefaultMenuAway, setAppMenu } from './platform/app-menu'
import { registerAppScheme, serveBundle } from './platform/app-protocol'
import { breakWindowSize, createBreakWindow } from './platform/break-window'
import { otherAppFullscreen } from './platform/fullscreen'
import { createHotkey } from './platform/hotkey'
import { registerRequestHandlers, RequestRefused } from './platform/ipc'
import { applyStartAtLogin } from './platform/login-item'
import { createNotifier } from './platform/notifier'
import { denyAllPermissions, lockDownWebContents } from './platform/security'
import { openSettingsStore } from './platform/settings-store'
import { keepDictionariesLocal } from './platform/spellcheck'
import { offerTextMenu } from './platform/text-menu'
import { createTray } from './platform/tray'
import { statusNotifierHostPresent } from './platform/tray-host'

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
  /** Linux: whether a panel shows tray icons; null when it cannot be told. Default: asks D-Bus through gdbus. */
  statusNotifierHost?: () => Promise<boolean | null>
}

/** Windows attributes notifications to this id; it must be electron-builder's appId (the Start-menu shortcut's). */
const appUserModelId = 'org.kindbreak.Kindbreak'

const bundleDir = path.dirname(fileURLToPath(import.meta.url))
const paths = {
  renderer: path.join(bundleDir, '../renderer'),
  preload: path.join(bundleDir, '../preload/preload.cjs'),
  icons: path.join(bundleDir, '../../resources/icons'),
}

// Only the crisis lines offered under "Need support now?" may open outside the app (in the browser).
const allowedExternalHosts: ReadonlySet<string> = new Set(supportLineHosts)

export async function startApp(ports: Ports): Promise<void> {
  const { clock } = ports
  const desktop = readDesktop(ports.platform, ports.env, ports.argv)
  registerAppScheme(protocol)
  const commandLine = parseCommandLine(ports.argv)
  if (commandLine.help) {
    process.stdout.write(`${helpText()}\n`)
    app.quit()
    return
  }
  // A second launch hands its flags to the running instance (the 'second-instance' event there) and
  // leaves. Its own list goes along as additionalData: the forwarded command line carries switches
  // Electron and Chromium appended, maybe reordered (docs/api/app.md).
  if (!app.requestSingleInstanceLock(secondLaunchData(ports.argv))) {
    if (commandLine.unknown.length > 0) process.stderr.write(`Unknown flag: ${commandLine.unknown.join(' ')}\n${helpText()}\n`)
    app.quit()
    return
  }
  // Before 'ready', or Electron installs its default menu (with Reload and DevTools) first.
  keepDefaultMenuAway(Menu)
  // Toasts are dropped unless attributed to the id the Start-menu shortcut carries (Windows only).
  if (desktop.platform === 'win32') app.setAppUserModelId(appUserModelId)
  await app.whenReady()

  const userData = app.getPath('userData')
  // The session's first use starts the spellchecker's dictionary download: it must be pointed home in this turn.
  const defaultSession = session.defaultSession
  keepDictionariesLocal(defaultSession, path.join(userData, 'dictionaries'))
  const settingsStore = openSettingsStore(userData, clock.now())
  const settings = (): Settings => settingsStore.current()
  let notices: Notice[] = [...settingsStore.notices]
  let screen: Screen = 'home'
  const locale = (): Locale => {
    const chosen = settings().language
    return chosen === 'system' ? pickLocale(app.getLocale()) : chosen
  }
  const text = () => mainText[locale()]
  const notify = createNotifier(Notification)
  const addNotice = (notice: Notice) => {
    notices = [...notices, notice]
  }

  setAppMenu(Menu, desktop.platform, text().menus)
  denyAllPermissions(defaultSession)
  lockDownWebContents(app, shell, allowedExternalHosts)
  offerTextMenu(app, Menu, () => text().menus)
  serveBundle(protocol, net, paths.renderer)
  nativeTheme.themeSource = settings().theme
  const loginItem = {
    platform: desktop.platform,
    env: ports.env,
    homeDir: app.getPath('home'),
    execPath: process.execPath,
    setLoginItemSettings: (item: { openAtLogin: boolean }) => app.setLoginItemSettings(item),
    getLoginItemSettings: () => app.getLoginItemSettings(),
  }
  try {
    // Applied at each start too, so the entry follows the executable if the AppImage was moved.
    applyStartAtLogin(settings().startAtLogin, loginItem)
  } catch (error) {
    // Not worth stopping for: turning the setting on again in Settings reports the reason.
    process.stderr.write(`Kindbreak could not update its login item: ${String(error)}\n`)
  }

  const background = () => windowBackground(settings().theme, nativeTheme.shouldUseDarkColors)
  const window = createBreakWindow(BrowserWindow, {
    preloadPath: paths.preload,
    spellcheck: localSpellcheck(desktop),
    background,
    alwaysOnTop: quietWindowsWork(desktop),
  })
  // Until the panel is known to show it, the tray counts as there (at login the panel may come up later).
  let trayShown = true
  const state = (): AppState => ({
    screen,
    settings: settings(),
    notices,
    locale: locale(),
    version: app.getVersion(),
    breaks: breaks.view(),
    desktop: { platform: desktop.platform, trayShown, quietPopups: quietWindowsWork(desktop), hotkey: hotkey.status() },
  })
  const showScreen = (target: Screen, options: Parameters<typeof window.show>[0]) => {
    screen = target
    window.send('navigate', target)
    window.show(options)
  }

  /** The break history: written by the timer, read by the journal's trend. */
  const eventsFile = path.join(userData, 'break-events.jsonl')
  const breaks = startBreaks({
    clock,
    settings,
    text,
    stateFile: path.join(userData, 'schedule-state.json'),
    eventsFile,
    window,
    showScreen,
    popupBounds: () => cornerBounds(displays.getDisplayNearestPoint(displays.getCursorScreenPoint()).workArea, breakWindowSize),
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    otherAppFullscreen: ports.otherAppFullscreen ?? (() => otherAppFullscreen(desktop)),
    quietPopups: quietWindowsWork(desktop),
    notify,
    addNotice,
    onChange: () => {
      tray.render(trayView())
      window.send('stateChanged', state())
    },
    power: powerMonitor,
  })

  const run = (command: Command) => {
    switch (command.kind) {
      case 'open':
        if (command.screen === 'break') {
          showScreen(breakScreen(settings().breakOpens), { focus: true })
          breaks.personStartedBreak()
        } else {
          showScreen(command.screen, { focus: true })
        }
        return
      case 'quit':
        app.quit()
        return
      default:
        breaks.run(command)
    }
  }

  const trayView = () => {
    const { status, actions } = breaks.view()
    const time = (at: number) => new Intl.DateTimeFormat(locale(), { hour: 'numeric', minute: '2-digit' }).format(at)
    const line = text().status(status, time)
    const paused = status.kind === 'paused'
    return {
      items: buildTrayMenu(text().tray, line, actions),
      tooltip: text().tooltip(line),
      iconPath: path.join(paths.icons, trayIconFile(paused, desktop.platform, panelShade(desktop, nativeTheme.shouldUseDarkColorsForSystemIntegratedUI))),
    }
  }
  const openHome = () => (window.isVisible() ? window.show({ focus: true }) : showScreen('home', { focus: true }))
  const tray = createTray({ Tray, Menu, createImage: (file) => nativeImage.createFromPath(file) }, run, trayView(), trayClickOpensWindow(desktop) ? openHome : null)

  // Opened once the tray is up, off the start-up path: a long journal never delays the tray icon.
  const journal = createJournal({
    userData,
    clock,
    settings,
    locale,
    safeStorage,
    platform: desktop.platform,
    dialog,
    shell,
    dialogParent: () => BrowserWindow.getFocusedWindow(),
    addNotice,
    onChange: () => window.send('stateChanged', state()),
    eventsFile,
  })
  journal.openSoon()

  // The hotkey brings the window forward; if it is already up, it only focuses it, so nothing typed is lost.
  const hotkey = createHotkey(globalShortcut, {
    onPress: openHome,
    needsConfirmation: hotkeyNeedsConfirmation(desktop),
    onStatusChange: () => window.send('stateChanged', state()),
  })
  const configuredHotkey = settings().hotkey
  if (!hotkey.change(configuredHotkey).ok) {
    addNotice({ id: `hotkey-${clock.now()}`, kind: 'hotkey-unavailable', hotkey: configuredHotkey })
    notify(text().notifications.hotkeyUnavailable(configuredHotkey))
  }
  for (const notice of notices) {
    if (notice.kind === 'settings-unreadable') notify(text().notifications.settingsUnreadable(notice.movedTo))
    if (notice.kind === 'settings-fields-replaced') notify(text().notifications.settingsFieldsReplaced(notice.fields, notice.copyAt))
    if (notice.kind === 'file-set-aside') notify(text().notifications.fileSetAside(notice.movedTo))
  }

  const updateSettings = (patch: SettingsPatch): Settings => {
    const next = applySettingsPatch(settings(), patch)
    if (next.hotkey !== hotkey.current()) {
      const changed = hotkey.change(next.hotkey)
      if (!changed.ok) throw new RequestRefused(`hotkey: ${next.hotkey} could not be used (${changed.reason}); the previous hotkey is still active`)
    }
    if (next.startAtLogin !== settings().startAtLogin) {
      try {
        applyStartAtLogin(next.startAtLogin, loginItem)
      } catch (error) {
        throw new RequestRefused(`startAtLogin: the login item could not be changed (${error instanceof Error ? error.message : String(error)})`)
      }
    }
    const languageChanged = next.language !== settings().language
    settingsStore.save(next)
    if (languageChanged) setAppMenu(Menu, desktop.platform, text().menus)
    nativeTheme.themeSource = next.theme
    window.setBackground(background())
    breaks.settingsChanged()
    journal.settingsChanged()
    tray.render(trayView())
    window.send('stateChanged', state())
    return next
  }

  const removeHandlers = registerRequestHandlers(ipcMain, {
    getState: state,
    updateSettings,
    dismissNotice(id) {
      notices = notices.filter((notice) => notice.id !== id)
      return notices
    },
    hideWindow: () => window.hide(),
    breakAction: (action) => breaks.popupAction(action),
    practiceFinished: ({ completed }) => breaks.practiceFinished(completed),
    recordCheckIn: (checkIn) => breaks.recordCheckIn(checkIn),
    ...phraseHandlers({ settings, saveSettings: updateSettings }),
    async openDataFolder() {
      const problem = await shell.openPath(userData)
      if (problem) throw new RequestRefused(`the folder ${userData} could not be opened (${problem})`)
    },
    restoreDefaultSettings: () => updateSettings(restoreDefaultsPatch(settings())),
    runCommand: (command) => run(command),
    ...journal.handlers,
  })

  const runCommandLine = (parsed: ParsedCommandLine, openByDefault: boolean) => {
    if (parsed.unknown.length > 0) notify(text().notifications.unknownFlags(parsed.unknown))
    if (parsed.commands.length === 0 && openByDefault && parsed.unknown.length === 0) showScreen('home', { focus: true })
    parsed.commands.forEach(run)
  }
  // A plain second launch (no flags) means "show me Kindbreak": open the window rather than do nothing.
  app.on('second-instance', (_event, forwardedArgv, _workingDirectory, additionalData) =>
    runCommandLine(parseCommandLine(secondLaunchArgv(forwardedArgv, additionalData)), true))
  // macOS: opening the running app again from Finder or Spotlight emits 'activate', not 'second-instance'.
  app.on('activate', openHome)
  app.on('window-all-closed', () => {
    // A tray app keeps running with no window open.
  })
  app.on('before-quit', () => window.destroy())
  app.on('will-quit', () => {
    breaks.dispose()
    journal.dispose()
    hotkey.dispose()
    removeHandlers()
    tray.destroy()
  })
  const firstStart = !settings().firstRun.welcomed
  runCommandLine(commandLine, false)
  // The very first start says hello once, unless a flag already asked for something else. It is marked as
  // seen when shown, so quitting from the welcome never brings it back.
  if (firstStart && !window.isVisible()) {
    updateSettings({ firstRun: { ...settings().firstRun, welcomed: true } })
    showScreen('welcome', { focus: true })
  }
  await findOutWhetherTrayShows()

  /**
   * Where no panel shows tray icons (GNOME without the AppIndicator extension), the window is the way in:
   * it opens at start with a note on how to come back (the hotkey, launching Kindbreak again), and offers
   * what the tray menu would.
   */
  async function findOutWhetherTrayShows(): Promise<void> {
    if (desktop.platform !== 'linux') return
    const hostPresent = await (ports.statusNotifierHost ?? statusNotifierHostPresent)()
    if (hostPresent !== false) return
    trayShown = false
    addNotice({ id: `no-tray-${clock.now()}`, kind: 'no-tray-icon', hotkey: hotkey.current() })
    if (!window.isVisible()) showScreen('home', { focus: false })
    else window.send('stateChanged', state())
  }
}
