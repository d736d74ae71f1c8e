// The e2e harness: runs the real built app (out/main, out/preload, out/renderer) against a fake `electron`
// that drives Debian's Chromium through playwright-core. The API is docs' harness contract; keep it stable.
import fs from 'node:fs'
import { register } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createManualClock, createRealClock } from './clocks.mjs'
import { app as fakeApp, ipcMain, nativeTheme, powerMonitor } from './fake-electron/index.mjs'
import { bindIpc } from './fake-electron/bindings.mjs'
import { routeContext } from './fake-electron/protocol.mjs'
import { fakeWorld } from './fake-electron/world.mjs'
import { returnBrowser, takeBrowser } from './warm-browser.mjs'
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
 * @param {string} [options.safeStorageBackend] what safeStorage reports, default 'gnome_libsecret'
 * @param {string} [options.outDir] the built app, default <repo>/out
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
    safeStorageBackend: options.safeStorageBackend ?? 'gnome_libsecret',
  })
  fakeWorld.current = world
  fakeApp.reset()
  ipcMain.reset()
  powerMonitor.removeAllListeners()
  nativeTheme.removeAllListeners()
  await routeContext(context, world)
  await bindIpc(context, world)

  const clock = options.now === undefined ? createRealClock() : createManualClock(options.now)
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

  function release() {
    world.closed = true
    clock.dispose()
    process.off('uncaughtException', onProcessError)
    process.off('unhandledRejection', onProcessError)
    console.error = consoleError
  }

  try {
    const { startApp } = await import(pathToFileURL(path.join(outDir, 'main', 'app.js')).href)
    const started = startApp({ clock, argv: [executable, ...(options.argv ?? [])], otherAppFullscreen: async () => world.otherAppFullscreen })
    fakeApp.markReady()
    await started
    await settle()
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
    return current
  }
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
    tray: {
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
    async pressHotkey(accelerator) {
      const chosen = accelerator ?? [...world.hotkeys.keys()][0]
      const callback = world.hotkeys.get(chosen)
      if (!callback) throw new Error(`hotkey ${chosen} is not registered (registered: ${[...world.hotkeys.keys()].join(', ') || 'none'})`)
      callback()
      await settle()
    },
    async secondInstance(argv) {
      fakeApp.emit('second-instance', {}, [executable, ...argv], process.cwd(), {})
      await settle()
    },
    /** Extension: whether another app is fullscreen and focused (a presentation or a call). */
    setOtherAppFullscreen(fullscreen) {
      world.otherAppFullscreen = fullscreen
    },
    power: {
      async emit(name) {
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
        .map((window) => ({ page: window.page, bounds: window.getBounds(), alwaysOnTop: window.isAlwaysOnTop(), focused: window.isFocused() })),
    notifications: () => [...world.notifications],
    openedExternal: () => [...world.openedExternal],
    errors: () => [...world.errors],
    settle,
    /** Extension: lower-level facts for security and leak tests (navigation, window.open, remote requests…). */
    inspect: () => world,
    dialogs: {
      /** Extension: the next dialog.showSaveDialog/showOpenDialog/showMessageBox answers with this. */
      answerNext: (answer) => void world.dialogAnswers.push(answer),
      requests: () => [...world.dialogRequests],
    },
    async quit() {
      if (!world.closed) {
        if (!fakeApp.quitted) fakeApp.quit()
        await settle()
        release()
        await context.close()
        await returnBrowser(browser, launchOptions)
      }
    },
  }
}
