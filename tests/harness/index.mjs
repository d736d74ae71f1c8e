// The e2e harness: runs the real built app (out/main, out/preload, out/renderer) against a fake `electron`
// that drives Debian's Chromium through playwright-core. The API is docs' harness contract; keep it stable.
import fs from 'node:fs'
import { register } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createManualClock, createRealClock } from './clocks.mjs'
import { describeDesktop, desktopEnvironment, isWayland } from './desktops.mjs'
import { app as fakeApp, ipcMain, nativeTheme, powerMonitor } from './fake-electron/index.mjs'
import { bindIpc } from './fake-electron/bindings.mjs'
import { privilegedSchemeSwitches, routeContext } from './fake-electron/protocol.mjs'
import { allowPortalShortcuts, hotkeyCallbacks } from './fake-electron/system.mjs'
import { fakeWorld } from './fake-electron/world.mjs'
import { fakeSystemTools } from './system-tools.mjs'
import { returnBrowser, takeBrowser } from './warm-browser.mjs'
import { recordWorkers } from './worker-threads.mjs'
import { createWorld } from './world.mjs'

register('./hooks.mjs', import.meta.url)

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const executable = '/opt/Kindbreak/kindbreak'
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-default-apps', '--no-first-run', '--mute-audio', '--disable-quic',
]

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function preflight(outDir) {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium was not found at ${chromiumPath}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`)
  }
  if (!fs.existsSync(path.join(outDir, 'main', 'app.js'))) {
    throw new Error(`No built app in ${outDir}. Run "npm run build" first.`)
  }
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * @param {object} [options]
 * @param {string} [options.userDataDir] reuse a folder to test persistence; default a fresh temp dir
 * @param {string[]} [options.argv] flags of the first launch, e.g. ['--breathe']
 * @param {number} [options.now] epoch ms: the app's clock becomes a manual clock starting here, pages get page.clock
 * @param {boolean} [options.pausePageClock] with `now`: pages' clocks start paused (1 s after `now`) and move only through page.clock.runFor
 * @param {object} [options.settings] settings written before launch (the app validates them like any file)
 * @param {boolean} [options.firstRun] launch as a person who has never seen Kindbreak (default: a returning person)
 * @param {boolean} [options.headless] default true
 * @param {string} [options.locale] the system locale, default 'en-US'
 * @param {'light'|'dark'} [options.colorScheme] the system colour scheme, default 'light'
 * @param {'reduce'|'no-preference'} [options.reducedMotion] the system motion preference
 * @param {string[]} [options.hotkeysTakenElsewhere] accelerators another app already holds
 * @param {string} [options.safeStorageBackend] shorthand for world.keyring (what safeStorage reports on Linux)
 * @param {Record<string, string>} [options.env] more of the app's environment (XDG_CONFIG_HOME, APPIMAGE…) beside the world's
 * @param {object} [options.world] the desktop played (tests/harness/desktops.mjs): platform, session, desktop, trayHost, signed, panelDark, keyring
 * @param {string} [options.outDir] the built app, default <repo>/out
 * @param {string[]} [options.initScripts] scripts run in every window's page before the app's own (a fake of a
 *   browser API the system provides, such as tests/e2e/fake-speech.mjs's speechSynthesis)
 * @param {boolean} [options.busyAfterStart] the machine stays busy after start: work the app leaves for a quiet
 *   moment (the window made ready ahead of its first use) waits for app.becomeQuiet(); default: quiet once launched
 */
export async function launchApp(options = {}) {
  if (fakeWorld.current && !fakeWorld.current.closed) throw new Error('launchApp: quit() the previous app first (one app per process at a time)')
  const outDir = path.resolve(options.outDir ?? path.join(repoRoot, 'out'))
  preflight(outDir)
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-e2e-'))
  fs.mkdirSync(userDataDir, { recursive: true })
  // Tests launch as a person who has already seen the welcome, unless they ask for a first run; a folder
  // that already holds settings (a relaunch, a damaged file) is left exactly as it is.
  const settingsFile = path.join(userDataDir, 'settings.json')
  const returning = options.firstRun ? {} : { firstRun: { welcomed: true, backdraftNoteSeen: false } }
  if (options.settings || !fs.existsSync(settingsFile)) {
    fs.writeFileSync(settingsFile, JSON.stringify({ schemaVersion: 1, ...returning, ...options.settings }, null, 2))
  }

  const launchOptions = { executablePath: chromiumPath, headless: options.headless ?? true, args: chromiumArgs }
  const browser = await takeBrowser(launchOptions)
  const colorScheme = options.colorScheme ?? 'light'
  const context = await browser.newContext({ colorScheme, reducedMotion: options.reducedMotion ?? 'no-preference', locale: options.locale ?? 'en-US' })
  // Added to the context before any window exists, so they run first in every page the app ever opens.
  for (const script of options.initScripts ?? []) await context.addInitScript({ content: script })
  const desktop = describeDesktop({ ...(options.safeStorageBackend ? { keyring: options.safeStorageBackend } : {}), ...options.world })
  const packageJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'))
  const world = createWorld({
    context,
    outDir,
    userDataDir,
    version: packageJson.version,
    locale: options.locale ?? 'en-US',
    systemColorScheme: colorScheme,
    hotkeysTakenElsewhere: options.hotkeysTakenElsewhere ?? [],
    pageClockTime: options.now,
    pausePageClock: Boolean(options.pausePageClock),
    desktop,
  })
  fakeWorld.current = world
  fakeApp.reset()
  ipcMain.reset()
  powerMonitor.removeAllListeners()
  nativeTheme.removeAllListeners()
  await routeContext(context, world)
  await bindIpc(context, world)

  const clock = options.now === undefined ? createRealClock() : createManualClock(options.now)
  world.now = () => clock.now()
  const onProcessError = (error) => world.recordError(`main process: ${error?.stack ?? error}`)
  process.on('uncaughtException', onProcessError)
  process.on('unhandledRejection', onProcessError)
  const consoleError = console.error
  console.error = (...args) => {
    world.recordError(`main console.error: ${args.map(String).join(' ')}`)
    consoleError(...args)
  }

  async function settle() {
    for (let round = 0; round < 3; round += 1) {
      await Promise.allSettled([...world.pendingLoads])
      await Promise.all(world.windows.flatMap((window) => [...window.webContents.pendingSends]))
      await pause(20)
      while (world.pendingInvokes > 0) await pause(5)
    }
  }

  // The app's whenQuiet port: what it holds runs when the test says the machine is quiet (by default, as
  // soon as the launch has settled), so no test depends on when a real delay would end.
  const quietWork = new Set()
  async function becomeQuiet() {
    const tasks = [...quietWork]
    quietWork.clear()
    for (const task of tasks) task()
    await settle()
  }

  function release() {
    world.closed = true
    clock.dispose()
    process.off('uncaughtException', onProcessError)
    process.off('unhandledRejection', onProcessError)
    console.error = consoleError
  }

  // The ports production's main.ts reads from the process; here the world says what they are.
  const { platform, env: desktopEnv } = desktopEnvironment(desktop)
  const env = { ...desktopEnv, ...options.env }
  const portsFor = (argv) => ({
    clock,
    argv: [executable, ...argv],
    platform,
    env,
    // xprop tells a fullscreen window on X11 only (electron/platform/fullscreen.ts); elsewhere: cannot tell.
    otherAppFullscreen: async () => (desktop.platform === 'linux' && desktop.session === 'x11' ? world.otherAppFullscreen : null),
    presenceTools: fakeSystemTools(world),
    statusNotifierHost: async () => world.desktop.trayHost,
    whenQuiet: (task) => {
      quietWork.add(task)
      return () => void quietWork.delete(task)
    },
  })
  let startAppFrom = null
  const workers = recordWorkers()

  try {
    const { startApp } = await import(pathToFileURL(path.join(outDir, 'main', 'app.js')).href)
    startAppFrom = startApp
    const started = startApp(portsFor(options.argv ?? []))
    // Electron runs the app's main script, then emits will-finish-launching and ready.
    fakeApp.markReady()
    await started
    await settle()
    if (!options.busyAfterStart) await becomeQuiet()
  } catch (error) {
    // A launch that fails must not leave a browser or a half-started world behind for the next test.
    release()
    await context.close()
    await returnBrowser(browser, launchOptions)
    throw error
  }

  const tray = () => {
    const current = world.trays[0]
    if (!current) throw new Error('the app has no tray icon')
    if (!current.shown) throw new Error('no tray icon shows on this desktop (no StatusNotifier host): a person cannot reach the tray menu')
    return current
  }
  const menuTree = (menu) => menu?.items.map((item) => ({
    label: item.label,
    ...(item.role ? { role: item.role } : {}),
    ...(item.accelerator ? { accelerator: item.accelerator } : {}),
    ...(item.submenu ? { submenu: menuTree(item.submenu) } : {}),
  })) ?? null
  const menuItems = (menu) => (menu?.items ?? []).filter((item) => item.type !== 'separator' && item.visible !== false)
  const findItem = (labelPath) => {
    let items = menuItems(tray().menu)
    let found
    for (const label of labelPath.split(' > ')) {
      found = items.find((item) => item.label === label)
      if (!found) throw new Error(`no tray menu item "${label}" (have: ${items.map((item) => item.label).join(', ')})`)
      items = menuItems(found.submenu)
    }
    return found
  }

  return {
    userDataDir,
    /** The desktop this app runs on, defaults filled in. */
    world: desktop,
    /** null, or the application menu as Electron shows it: [{ label, role?, accelerator?, submenu? }]. */
    applicationMenu: () => menuTree(world.nativeApplicationMenu),
    /** Every network request anything in the app attempted: [{ url, from: 'page' | 'net' | 'spellchecker' }]. */
    remoteRequests: () => world.remoteRequests.map((request) => ({ ...request })),
    /** macOS: the running app opened again from Finder or Spotlight (docs/api/app.md, 'activate'). */
    async activate() {
      if (desktop.platform !== 'darwin') throw new Error("'activate' is emitted on macOS only")
      fakeApp.emit('activate', {}, world.windows.some((window) => window.isVisible()))
      await settle()
    },
    /** Wayland (GNOME): the person allows the app's shortcuts in the portal's dialog. */
    desktopPortal: {
      async allowShortcuts() {
        const allowed = allowPortalShortcuts(world)
        await settle()
        return allowed
      },
    },
    /** Extension: notifications the platform dropped (Windows without an AppUserModelID, unsigned macOS). */
    droppedNotifications: () => world.droppedNotifications.map((notification) => ({ ...notification })),
    /** Extension: the person clicks a notification (default: the latest shown). */
    async clickNotification(index = world.notificationObjects.length - 1) {
      const notification = world.notificationObjects[index]
      if (!notification) throw new Error(`no notification #${index} was shown`)
      notification.emit('click', {})
      await settle()
    },
    /** Extension: the text context menu the app pops up on a right click. */
    contextMenu: {
      /** Right-clicks `locator` (a Playwright locator) and returns the labels of the menu the app popped up. */
      async open(locator) {
        const before = world.poppedMenus.length
        await locator.click({ button: 'right' })
        const start = Date.now()
        while (world.poppedMenus.length === before && Date.now() - start < 2_000) await pause(10)
        await settle()
        const popped = world.poppedMenus.at(-1)
        if (world.poppedMenus.length === before || !popped) throw new Error('the app popped up no menu on this right click')
        return popped.menu.items.filter((item) => item.type !== 'separator' && item.visible !== false).map((item) => item.label)
      },
      async click(label) {
        const popped = world.poppedMenus.at(-1)
        const item = popped?.menu.items.find((candidate) => candidate.label === label)
        if (!item) throw new Error(`no context menu item "${label}"`)
        if (item.click) item.click(item, popped.window ?? undefined, {})
        else if (item.role) await (popped.window ?? world.windows[0]).webContents.runEditRole(item.role)
        await settle()
      },
    },
    tray: {
      /** A left click on the icon, as this platform delivers it. */
      async leftClick() {
        tray().leftClick()
        await settle()
      },
      labels: () => menuItems(tray().menu).map((item) => item.label),
      submenu: (label) => menuItems(findItem(label).submenu).map((item) => item.label),
      async click(labelPath) {
        const item = findItem(labelPath)
        if (!item.enabled) throw new Error(`tray menu item "${labelPath}" is disabled`)
        item.click?.(item, undefined, {})
        await settle()
      },
      isEnabled: (labelPath) => findItem(labelPath).enabled !== false,
      tooltip: () => tray().tooltip,
      icon: () => tray().image?.path ?? null,
    },
    hotkeys: () => [...world.hotkeys.keys()],
    /** Extension: every IPC channel the app handles now (for fuzzing the whole contract). */
    ipcChannels: () => [...ipcMain.handlers.keys()],
    /**
     * The person presses the keys. Off Wayland a press of keys nobody registered is a test mistake; on Wayland
     * it is what happens when the portal has not bound them: nothing. Returns whether anything fired.
     */
    async pressHotkey(accelerator) {
      const chosen = accelerator ?? [...world.hotkeys.keys()][0]
      const callbacks = hotkeyCallbacks(world, chosen)
      if (callbacks.length === 0 && !isWayland(desktop)) throw new Error(`hotkey ${chosen} is not registered (registered: ${[...world.hotkeys.keys()].join(', ') || 'none'})`)
      for (const callback of callbacks) callback()
      await settle()
      return callbacks.length > 0
    },
    /**
     * A second launch with these flags: the app's own start runs as the second process would (it is refused
     * the lock, hands over its additionalData and quits), then this process gets 'second-instance' with the
     * command line Electron forwards: the flags plus the switches Electron and Chromium appended. Returns what
     * the second process printed.
     */
    async secondInstance(argv) {
      const printed = { stdout: '', stderr: '' }
      const writes = { stdout: process.stdout.write, stderr: process.stderr.write }
      for (const stream of ['stdout', 'stderr']) process[stream].write = (chunk) => { printed[stream] += String(chunk); return true }
      let second
      try {
        second = await Promise.race([
          fakeApp.asSecondProcess(() => startAppFrom(portsFor(argv))),
          pause(5_000).then(() => { throw new Error('the second process neither asked for the lock nor quit within 5 s') }),
        ])
      } finally {
        Object.assign(process.stdout, { write: writes.stdout })
        Object.assign(process.stderr, { write: writes.stderr })
      }
      if (second.askedForLock) {
        // electron_api_protocol.cc and electron_main_delegate.cc append these to the process's command line;
        // app.md: "the order might change and additional arguments might be appended".
        // On Wayland the second process also forwards its XDG activation token (ScopedXdgActivationTokenInjector).
        const token = isWayland(desktop) ? [`--xdg-activation-token=kindbreak-${Date.now()}`] : []
        const appended = [...privilegedSchemeSwitches(world.privilegedSchemes), '--allow-file-access-from-files', `--original-process-start-time=${Date.now() * 1000}`, ...token]
        fakeApp.emit('second-instance', {}, [executable, ...appended, ...argv], process.cwd(), second.additionalData)
      }
      await settle()
      return printed
    },
    /** Extension: whether another app is fullscreen and focused (a presentation or a call). */
    setOtherAppFullscreen(fullscreen) {
      world.otherAppFullscreen = fullscreen
    },
    /** Another app records from the microphone (a call), as pactl (Linux) or the consent store (Windows) shows it. */
    setInCall(inCall) {
      world.presence.inCall = inCall
    },
    /** The desktop's Do Not Disturb: GNOME's show-banners key, Plasma's Inhibited property. */
    setDoNotDisturb(on) {
      world.presence.doNotDisturb = on
    },
    /**
     * The person locks the screen, or unlocks it. macOS and Windows: Electron emits 'lock-screen' and
     * 'unlock-screen' (docs/api/power-monitor.md). Linux: Electron says nothing; the screensaver service
     * answers when asked (GNOME's org.gnome.ScreenSaver, Plasma's org.freedesktop.ScreenSaver; sway has none).
     */
    async setScreenLocked(locked) {
      world.presence.screenLocked = locked
      world.presence.lockedAt = locked ? clock.now() : null
      if (desktop.platform !== 'linux') powerMonitor.emit(locked ? 'lock-screen' : 'unlock-screen', {})
      await settle()
    },
    /** Extension: the presence tools the app ran, in order ({ command, args }). */
    presenceToolCalls: () => world.presence.toolCalls.map((call) => ({ ...call, args: [...call.args] })),
    power: {
      async emit(name) {
        // docs/api/power-monitor.md: lock-screen and unlock-screen are emitted on macOS and Windows only.
        if (['lock-screen', 'unlock-screen'].includes(name) && desktop.platform === 'linux') {
          throw new Error(`Electron emits '${name}' on macOS and Windows only: on Linux nothing tells the app (use a win32 or darwin world)`)
        }
        powerMonitor.emit(name, {})
        await settle()
      },
      setIdleSeconds(seconds) {
        world.idleSeconds = seconds
      },
    },
    clock: {
      async tick(ms) {
        if (!clock.advance) throw new Error('app.clock.tick needs launchApp({ now })')
        clock.advance(ms)
        await settle()
      },
      now: () => clock.now(),
      /** Extension (manual clock only): the wall clock is set forward (ms > 0) or back (ms < 0); no timer fires. */
      async jump(ms) {
        if (!clock.jump) throw new Error('app.clock.jump needs launchApp({ now })')
        clock.jump(ms)
        await settle()
      },
      /** Extension: how many timers the app armed and how many fired (for wake-up counts). */
      stats: () => ({ ...clock.stats }),
      /** Extension: how many app timers are pending now. */
      pending: () => clock.pending(),
      /** Extension (manual clock only): the pending deadlines, earliest first. */
      deadlines: () => clock.deadlines?.() ?? [],
    },
    async waitForWindow({ timeout = 10_000 } = {}) {
      const window = await Promise.race([
        world.nextShownWindow(),
        pause(timeout).then(() => { throw new Error(`no window became visible within ${timeout} ms`) }),
      ])
      const page = await window.pageReady
      await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, null, { timeout })
      await settle()
      return page
    },
    windows: () =>
      world.windows
        .filter((window) => window.isVisible())
        .map((window) => ({ page: window.page, bounds: window.getBounds(), alwaysOnTop: window.isAlwaysOnTop(), focused: window.isFocused(), backgroundColor: window.backgroundColor })),
    notifications: () => [...world.notifications],
    /**
     * Extension: what a window's page keeps doing (tests/harness/fake-electron/page-work.mjs): animation
     * frames asked for, timeouts and intervals pending, audio contexts running. Default: the first window.
     */
    pageWork: (page = world.windows[0]?.page) => page.evaluate(() => window.__pageWork()),
    openedExternal: () => [...world.openedExternal],
    errors: () => [...world.errors],
    settle,
    /** Extension (with busyAfterStart): start-up is over and the machine quiet; the work the app held for then runs. */
    becomeQuiet,
    /** Extension: lower-level facts for security and leak tests (navigation, window.open, remote requests…). */
    inspect: () => world,
    /** Extension: the worker threads the app started ({ script, exited }), in order. */
    workerThreads: workers,
    dialogs: {
      /** Extension: the next dialog.showSaveDialog/showOpenDialog/showMessageBox answers with this. */
      answerNext: (answer) => void world.dialogAnswers.push(answer),
      requests: () => [...world.dialogRequests],
    },
    async quit() {
      if (world.closed) return
      try {
        if (!fakeApp.quitted) fakeApp.quit()
        // An app may hold its quit for work to finish (the journal's thread closing): wait, as the OS would.
        for (let waited = 0; !fakeApp.quitted && waited < 10_000; waited += 20) await pause(20)
        await settle()
      } finally {
        // Even when the app's quit path throws (the test then fails on it), the next test gets a clean slate.
        release()
        await context.close()
        await returnBrowser(browser, launchOptions)
      }
    },
  }
}
