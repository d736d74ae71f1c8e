// Everything one launch of the app has done and shown, kept for the fake electron module and the test.
export function createWorld({ context, outDir, userDataDir, version, locale, systemColorScheme, hotkeysTakenElsewhere, pageClockTime, pausePageClock, desktop }) {
  const shownWaiters = []
  const world = {
    context,
    outDir,
    userDataDir,
    version,
    locale,
    systemColorScheme,
    pageClockTime,
    pausePageClock,
    /** The desktop this launch plays (tests/harness/desktops.mjs). */
    desktop,
    plainTextEncryptionAllowed: false,
    applicationMenu: null,
    applicationMenuWasSet: false,
    /** Context menus the app popped up, newest last. */
    poppedMenus: [],
    /** Notifications the platform did not show (Windows without an AppUserModelID, unsigned macOS). */
    droppedNotifications: [],
    notificationObjects: [],
    /** Accelerators the Wayland portal was asked for, and the ones the person allowed (bound). */
    portalShortcuts: { requested: new Map(), bound: new Map() },
    // Hunspell's dictionaries come from Google's CDN unless the app points elsewhere (docs/tutorial/spellchecker.md).
    spellchecker: { enabled: true, languages: [locale], downloadUrl: 'https://redirector.gvt1.com/edgedl/chrome/dict/', sessionMade: false },
    nativeApplicationMenu: null,
    hotkeysTakenElsewhere: new Set(hotkeysTakenElsewhere),
    themeSource: 'system',
    windows: [],
    createdWindows: 0,
    pageToWindow: new Map(),
    trays: [],
    hotkeys: new Map(),
    idleSeconds: 0,
    otherAppFullscreen: false,
    /** What the desktop's own tools report (tests/harness/system-tools.mjs), and every call the app made to them. */
    presence: { inCall: false, doNotDisturb: false, screenLocked: false, lockedAt: null, toolCalls: [] },
    /** The app's clock (set by launchApp), for time that passes while the screen is locked. */
    now: () => Date.now(),
    cursor: { x: 960, y: 540 },
    notifications: [],
    openedExternal: [],
    openedPaths: [],
    errors: [],
    remoteRequests: [],
    navigationAttempts: [],
    windowOpenAttempts: [],
    privilegedSchemes: [],
    schemeHandlers: new Map(),
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    dialogAnswers: [],
    dialogRequests: [],
    pendingInvokes: 0,
    pendingLoads: new Set(),
    shown: [],
    recordError(message) {
      world.errors.push(message)
    },
    watchPage(page) {
      page.on('pageerror', (error) => world.recordError(`page error: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error') world.recordError(`console error: ${message.text()}`)
      })
    },
    windowShown(window) {
      const waiter = shownWaiters.shift()
      if (waiter) waiter(window)
      else world.shown.push(window)
    },
    nextShownWindow() {
      const queued = world.shown.splice(0)
      if (queued.length > 0) return Promise.resolve(queued.at(-1))
      return new Promise((resolve) => shownWaiters.push(resolve))
    },
    /**
     * Seconds since the person last touched keyboard or mouse: what the seat's idle counter (XScreenSaver,
     * Mutter's IdleMonitor, KWin) reports. A locked screen takes no input, so its time counts too.
     */
    seatIdleSeconds() {
      const lockedFor = world.presence.lockedAt === null ? 0 : Math.floor((world.now() - world.presence.lockedAt) / 1000)
      return Math.max(world.idleSeconds, lockedFor)
    },
    answerDialog(kind, options) {
      world.dialogRequests.push({ kind, options })
      const answer = world.dialogAnswers.shift()
      if (answer) return answer
      return kind === 'save' ? { canceled: true, filePath: undefined } : kind === 'open' ? { canceled: true, filePaths: [] } : { response: 0 }
    },
  }
  return world
}
