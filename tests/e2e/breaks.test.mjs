// The break timer as a person meets it: timed popups that never take the keyboard, snooze and skip, pauses
// that survive restarts, sleep without a storm of popups, meetings and working hours respected, and every
// way in (tray, flags, hotkey). Time moves only through the harness's manual clock (launchApp({ now })).
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { eventually, openFromTray, readRefusal, windowCounts, withApp } from './support.mjs'

const minute = 60_000
const hour = 60 * minute
/** A Tuesday at 10:00 local time: inside the default working hours, so they make no difference when on. */
const tuesdayMorning = new Date(2025, 2, 4, 10, 0).getTime()
/** The default display's work area is 1920×1040 and the window 440×580, 24 px from the bottom-right edges. */
const bottomRightCorner = { x: 1920 - 440 - 24, y: 1040 - 580 - 24, width: 440, height: 580 }

const statusLine = (app) => app.tray.labels()[4]
/** No popup at all: only the window made ready after start exists, and it was never shown. */
const readyOnly = { made: 1, shown: 0 }

function breakEvents(app) {
  const file = path.join(app.userDataDir, 'break-events.jsonl')
  if (!fs.existsSync(file)) return []
  return fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line))
}

/** The screen the window shows, once the page has caught up with the main process. */
async function screenOf(page, expected) {
  await page.locator(`main[data-screen="${expected}"]`).waitFor({ timeout: 5_000 })
  return expected
}

/**
 * Moves time forward one minute at a time (as the once-a-minute tick would see it), and returns every
 * window and notification that appeared on the way, so "nothing popped up" is checked at each step.
 */
async function minutesPass(app, minutes) {
  const seen = []
  for (let step = 0; step < minutes; step += 1) {
    const notificationsBefore = app.notifications().length
    const windowsBefore = app.inspect().createdWindows
    await app.clock.tick(minute)
    // A window made beyond the one made ready after start counts as shown too (a popup in a new window
    // becomes visible only once its page has loaded).
    if (app.windows().length > 0 || app.inspect().createdWindows > windowsBefore) seen.push(`window at +${step + 1} min`)
    if (app.notifications().length > notificationsBefore) seen.push(`notification at +${step + 1} min`)
  }
  return seen
}

/** Lets the interval run until the heads-up popup shows, and returns its page. */
async function untilHeadsUp(app, minutesAhead = 44) {
  await app.clock.tick(minutesAhead * minute)
  const page = await app.waitForWindow()
  await screenOf(page, 'heads-up')
  return page
}

test('the heads-up appears in a corner without focus; Snooze brings it back 5 minutes later; Skip lets it go', async () => {
  await withApp({ now: tuesdayMorning }, async (app) => {
    assert.equal(statusLine(app), 'Next break in 45 min')
    assert.deepEqual(await minutesPass(app, 43), [], 'nothing before the heads-up')
    assert.equal(statusLine(app), 'Next break in 2 min')

    const page = await untilHeadsUp(app, 1)
    const [popup] = app.windows()
    assert.equal(popup.focused, false, 'the popup never takes the keyboard')
    assert.deepEqual(popup.bounds, bottomRightCorner)
    assert.equal(popup.alwaysOnTop, true)
    await page.getByRole('heading', { name: 'Break in 1 minute' }).waitFor()
    assert.equal(statusLine(app), 'Break in 1 min')
    assert.equal(app.tray.tooltip(), 'Kindbreak: Break in 1 min')

    await page.getByRole('button', { name: 'Snooze 5 min' }).click()
    await app.settle()
    assert.equal(app.windows().length, 0, 'snoozing hides the popup')
    assert.equal(statusLine(app), 'Break snoozed: 6 min left', 'five minutes of snooze, then the usual minute of heads-up')
    assert.equal(app.tray.tooltip(), 'Kindbreak: Break snoozed: 6 min left')

    await app.clock.tick(5 * minute - 1)
    assert.equal(app.windows().length, 0, 'not a moment early')
    await app.clock.tick(1)
    assert.equal(app.windows().length, 1, 'back exactly 5 minutes later')
    assert.equal(app.windows()[0].focused, false)
    await screenOf(page, 'heads-up')

    await page.getByRole('button', { name: 'Skip' }).click()
    await app.settle()
    assert.equal(app.windows().length, 0)
    assert.equal(statusLine(app), 'Next break in 45 min', 'a fresh interval from the skip')
    assert.deepEqual(breakEvents(app).map((event) => event.kind), ['snoozed', 'skipped'])
    assert.deepEqual(app.notifications(), [])
  })
})

test('the break starts without focus; closing it halfway counts as skipped, with how long it lasted', async () => {
  await withApp({ now: tuesdayMorning }, async (app) => {
    const page = await untilHeadsUp(app)
    await app.clock.tick(minute)
    await screenOf(page, 'break')
    const [popup] = app.windows()
    assert.equal(popup.focused, false, 'an unanswered heads-up turns into the break, still without focus')
    assert.deepEqual(popup.bounds, bottomRightCorner)
    assert.equal(statusLine(app), 'On a break')
    assert.equal(app.tray.isEnabled('Skip next break'), false, 'nothing to skip while a break is under way')

    await app.clock.tick(minute)
    // The window manager's close button: the window hides (it is reused), and the break is over.
    app.inspect().windows[0].close()
    await app.settle()
    assert.equal(app.windows().length, 0)
    assert.equal(app.inspect().windows.length, 1, 'hidden, not destroyed')
    const events = breakEvents(app)
    assert.deepEqual(events.map((event) => event.kind), ['started', 'skipped'])
    assert.equal(events[1].durationMs, minute)
    assert.equal(events[0].at, tuesdayMorning + 45 * minute)
    assert.equal(statusLine(app), 'Next break in 45 min')
  })
})

test('"Pause breaks > For 30 minutes": 45 minutes pass with no popup, the tray shows the pause until it ends', async () => {
  await withApp({ now: tuesdayMorning }, async (app) => {
    assert.match(app.tray.icon(), /tray-normal-/)
    await app.tray.click('Pause breaks > For 30 minutes')
    assert.equal(statusLine(app), 'Breaks paused: 30 min left')
    assert.equal(app.tray.tooltip(), 'Kindbreak: Breaks paused: 30 min left')
    assert.match(app.tray.icon(), /tray-paused-/, 'the paused icon')
    assert.ok(app.tray.labels().includes('Resume breaks'))
    assert.ok(!app.tray.labels().includes('Pause breaks'), 'Resume takes the place of Pause')
    assert.equal(app.tray.isEnabled('Skip next break'), false)

    assert.deepEqual(await minutesPass(app, 29), [])
    assert.equal(statusLine(app), 'Breaks paused: 1 min left')
    assert.deepEqual(await minutesPass(app, 16), [], '45 minutes in all, and no popup')
    assert.deepEqual(windowCounts(app), readyOnly, 'the window made ready after start was never shown, and no other was made')
    assert.match(app.tray.icon(), /tray-normal-/)
    assert.ok(app.tray.labels().includes('Pause breaks'))
    assert.equal(statusLine(app), 'Next break in 30 min', 'a full interval counted from the end of the pause')
    assert.deepEqual(breakEvents(app), [], 'a pause is not a skipped break')

    await app.clock.tick(29 * minute)
    await screenOf(await app.waitForWindow(), 'heads-up')
  })
})

test('"Resume breaks" ends a pause at once, and "Until I resume" waits for it', async () => {
  await withApp({ now: tuesdayMorning }, async (app) => {
    await app.tray.click('Pause breaks > Until I resume')
    assert.equal(statusLine(app), 'Breaks paused until you resume')
    assert.equal(app.tray.tooltip(), 'Kindbreak: Breaks paused until you resume')
    const before = app.clock.stats()
    await app.clock.tick(8 * hour)
    assert.deepEqual(windowCounts(app), readyOnly)
    assert.equal(app.clock.stats().fired - before.fired, 0, 'an open-ended pause arms no timer at all')
    await app.tray.click('Resume breaks')
    assert.equal(statusLine(app), 'Next break in 45 min')
    assert.match(app.tray.icon(), /tray-normal-/)
  })
})

test('a pause survives quitting and starting again', async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-pause-'))
  let quitAt
  await withApp({ now: tuesdayMorning, userDataDir }, async (app) => {
    await app.tray.click('Pause breaks > For 1 hour')
    await app.clock.tick(20 * minute)
    quitAt = app.clock.now()
  })
  await withApp({ now: quitAt + 10 * minute, userDataDir }, async (app) => {
    assert.equal(statusLine(app), 'Breaks paused: 30 min left', 'the pause kept its end across the restart')
    assert.ok(app.tray.labels().includes('Resume breaks'))
    assert.match(app.tray.icon(), /tray-paused-/)
    assert.deepEqual(await minutesPass(app, 29), [])
    await app.clock.tick(minute)
    assert.equal(statusLine(app), 'Next break in 45 min')
  })
})

test('a snoozed break keeps its time across a restart', async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-snooze-'))
  let quitAt
  await withApp({ now: tuesdayMorning, userDataDir }, async (app) => {
    const page = await untilHeadsUp(app)
    await page.getByRole('button', { name: 'Snooze 5 min' }).click()
    await app.settle()
    await app.clock.tick(2 * minute)
    quitAt = app.clock.now()
  })
  await withApp({ now: quitAt, userDataDir }, async (app) => {
    assert.equal(statusLine(app), 'Break snoozed: 4 min left')
    await app.clock.tick(3 * minute)
    await screenOf(await app.waitForWindow(), 'heads-up')
  })
})

test('8 hours of sleep: no storm of popups on waking, one natural break recorded', async () => {
  await withApp({ now: tuesdayMorning }, async (app) => {
    await app.clock.tick(20 * minute)
    await app.power.emit('suspend')
    assert.equal(statusLine(app), 'Breaks wait while the computer sleeps')
    assert.equal(app.tray.tooltip(), 'Kindbreak: Breaks wait while the computer sleeps')
    const before = app.clock.stats()
    await app.clock.tick(8 * hour)
    assert.equal(app.clock.stats().fired - before.fired, 0, 'nothing wakes the app while it sleeps')
    await app.power.emit('resume')
    await app.clock.tick(minute)
    assert.deepEqual(windowCounts(app), readyOnly, 'no popup on waking')
    assert.deepEqual(app.notifications(), [])
    const events = breakEvents(app)
    assert.deepEqual(events.map((event) => event.kind), ['natural'])
    assert.equal(events[0].durationMs, 8 * hour)
    assert.equal(statusLine(app), 'Next break in 44 min', 'a fresh interval from waking')
  })
})

// Electron tells the app about a locked screen on Windows and macOS only (power-monitor.md); on Linux the
// idle reading below is what notices time away.
test('Windows: a short lock keeps the remaining time; time away at least a break long counts as a break', async () => {
  await withApp({ now: tuesdayMorning, world: { platform: 'win32' } }, async (app) => {
    await app.clock.tick(10 * minute)
    await app.power.emit('lock-screen')
    await app.clock.tick(2 * minute)
    await app.power.emit('unlock-screen')
    assert.equal(statusLine(app), 'Next break in 35 min', 'two minutes locked is less than a break: the count goes on')
    assert.deepEqual(breakEvents(app), [])

    // Away from the keyboard (no lock): the once-a-minute idle reading notices it.
    await app.clock.tick(5 * minute)
    app.power.setIdleSeconds(3 * 60)
    await app.clock.tick(minute)
    app.power.setIdleSeconds(0)
    const events = breakEvents(app)
    assert.deepEqual(events.map((event) => event.kind), ['natural'])
    assert.equal(events[0].durationMs, 3 * minute)
    assert.equal(statusLine(app), 'Next break in 45 min')
    assert.deepEqual(windowCounts(app), readyOnly)
  })
})

test('each command-line flag drives the running instance', async () => {
  await withApp({ now: tuesdayMorning }, async (app) => {
    const pauses = {
      '--pause=30m': 'Breaks paused: 30 min left',
      '--pause=1h': 'Breaks paused: 60 min left',
      '--pause=2h': 'Breaks paused: 120 min left',
      '--pause=tomorrow': 'Breaks paused until 12:00 AM',
      '--pause=indefinitely': 'Breaks paused until you resume',
    }
    for (const [flag, line] of Object.entries(pauses)) {
      await app.secondInstance([flag])
      assert.equal(statusLine(app), line, flag)
      assert.match(app.tray.icon(), /tray-paused-/, flag)
    }
    await app.secondInstance(['--resume'])
    assert.equal(statusLine(app), 'Next break in 45 min')
    await app.secondInstance(['--skip'])
    assert.equal(statusLine(app), 'Next break in 90 min', 'the next break is skipped; the one after it counts')
    assert.deepEqual(breakEvents(app).map((event) => event.kind), ['skipped'])
    assert.deepEqual(windowCounts(app), readyOnly, 'none of these opened a window')

    const screens = {
      '--break': 'break', '--breathe': 'breathe', '--touch': 'touch', '--reframe': 'reframe', '--letter': 'letter',
      '--good-things': 'good-things', '--journal': 'journal', '--library': 'library', '--path': 'path', '--settings': 'settings',
    }
    let page
    for (const [flag, screen] of Object.entries(screens)) {
      await app.secondInstance([flag])
      page ??= await app.waitForWindow()
      await screenOf(page, screen)
      assert.equal(app.windows().length, 1, flag)
      assert.equal(app.windows()[0].focused, true, `${flag}: asked for, so it takes focus`)
    }
    assert.equal(app.inspect().createdWindows, 1, 'one window, reused')
    assert.equal(breakEvents(app).at(-1).kind, 'started', '--break counts as a break taken')
    assert.deepEqual(app.notifications(), [], 'no flag was reported as unknown')

    await app.secondInstance(['--quit'])
    // Quitting waits for the journal's thread to finish what it was given (--reframe and --journal woke it).
    await eventually(() => app.hotkeys().length === 0, { message: 'quitting never released the hotkey' })
    await eventually(() => app.inspect().trays.length === 0, { message: 'quitting never removed the tray icon' })
  })
})

test('a hotkey another app holds is refused with a message, and the previous one stays', async () => {
  await withApp({ now: tuesdayMorning, hotkeysTakenElsewhere: ['CommandOrControl+Alt+B'] }, async (app) => {
    const page = await openFromTray(app, 'Settings')
    const refusal = await page.evaluate(() => window.kindbreak.updateSettings({ hotkey: 'CommandOrControl+Alt+B' }).then(() => 'accepted', (error) => error.message))
    assert.deepEqual(readRefusal(refusal), { code: 'hotkey-not-used', hotkey: 'CommandOrControl+Alt+B', problem: 'unavailable' })
    assert.deepEqual(app.hotkeys(), ['CommandOrControl+Alt+K'])
    assert.equal((await page.evaluate(() => window.kindbreak.getState())).settings.hotkey, 'CommandOrControl+Alt+K', 'not saved either')
  })
})

test('during a meeting (another app fullscreen) a due break waits, then comes once it ends: a heads-up, then the break', async () => {
  await withApp({ now: tuesdayMorning }, async (app) => {
    app.setOtherAppFullscreen(true)
    assert.deepEqual(await minutesPass(app, 55), [], 'neither the heads-up nor the break covers the presentation')
    assert.equal(statusLine(app), 'Break waiting: another app fills the screen')
    assert.ok(app.tray.labels().includes('Pause breaks'), '"Pause breaks > For 1 hour" stays one click away')
    app.setOtherAppFullscreen(false)
    // Within two minutes of the end: a heads-up first, then the break, neither taking the keyboard.
    await app.clock.tick(minute)
    const page = await app.waitForWindow()
    await screenOf(page, 'heads-up')
    await app.clock.tick(minute)
    await screenOf(page, 'break')
    assert.equal(app.windows()[0].focused, false)
    assert.deepEqual(breakEvents(app).map((event) => event.kind), ['started'])
  })
})

test('a meeting that outlasts a whole interval lets the owed break go, without a popup', async () => {
  await withApp({ now: tuesdayMorning }, async (app) => {
    app.setOtherAppFullscreen(true)
    assert.deepEqual(await minutesPass(app, 95), [])
    assert.deepEqual(breakEvents(app).map((event) => event.kind), ['skipped'])
    assert.equal(statusLine(app), 'Next break in 40 min')
  })
})

test('working hours: no breaks outside them, and the tray says so', async () => {
  const settings = { schemaVersion: 1, schedule: { workingHours: { enabled: true } } }
  const tuesdayLate = new Date(2025, 2, 4, 17, 30).getTime()
  await withApp({ now: tuesdayLate, settings }, async (app) => {
    assert.equal(statusLine(app), 'No more breaks before working hours end at 6:00 PM')
    assert.equal(app.tray.tooltip(), 'Kindbreak: No more breaks before working hours end at 6:00 PM')
    await app.clock.tick(30 * minute)
    assert.equal(statusLine(app), 'Outside working hours until 9:00 AM')
    assert.equal(app.tray.tooltip(), 'Kindbreak: Outside working hours until 9:00 AM')
    assert.match(app.tray.icon(), /tray-normal-/, 'outside hours is not a pause the person chose')
    const before = app.clock.stats()
    for (let step = 0; step < 15; step += 1) await app.clock.tick(hour)
    assert.deepEqual(windowCounts(app), readyOnly, 'a whole evening and night without a popup')
    assert.ok(app.clock.stats().fired - before.fired <= 15 * 60 + 3, 'waking at most once a minute (plus the morning start), never polling')
    assert.equal(new Date(app.clock.now()).getHours(), 9)
    assert.equal(statusLine(app), 'Next break in 45 min', 'the day starts with a full interval')
    await untilHeadsUp(app)
  })
})

test('"Pause breaks > Until tomorrow" with working hours on lasts until they begin again', async () => {
  const friday = new Date(2025, 2, 7, 15, 0).getTime()
  await withApp({ now: friday, settings: { schemaVersion: 1, schedule: { workingHours: { enabled: true } } } }, async (app) => {
    await app.tray.click('Pause breaks > Until tomorrow')
    assert.equal(statusLine(app), 'Breaks paused until 9:00 AM', 'Monday morning, not Saturday')
    const mondayMorning = new Date(2025, 2, 10, 9, 0).getTime()
    await app.clock.tick(mondayMorning - friday - minute)
    assert.deepEqual(windowCounts(app), readyOnly, 'a whole weekend without a popup')
    assert.ok(app.tray.labels().includes('Resume breaks'), 'still paused a minute before Monday starts')
    await app.clock.tick(minute)
    assert.ok(app.tray.labels().includes('Pause breaks'), 'Monday: the pause is over')
    assert.equal(statusLine(app), 'Next break in 45 min')
  })
})

test('with notifications chosen, breaks arrive as notifications and no window opens', async () => {
  await withApp({ now: tuesdayMorning, settings: { schemaVersion: 1, delivery: 'notification' } }, async (app) => {
    await app.clock.tick(44 * minute)
    assert.deepEqual(app.notifications(), [{ title: 'A short break in 1 min', body: 'Finish your sentence; Kindbreak will wait for you.' }])
    await app.clock.tick(minute)
    assert.deepEqual(app.notifications().at(-1), { title: 'Time for a short break', body: 'Click here when you are ready; Kindbreak will wait.' })
    assert.deepEqual(windowCounts(app), readyOnly)
    assert.equal(statusLine(app), 'On a break')
    // Nobody opened it: after a break's length it is over, quietly, and the interval starts again.
    await app.clock.tick(3 * minute)
    assert.equal(statusLine(app), 'Next break in 45 min')
    assert.deepEqual(breakEvents(app).map((event) => event.kind), ['started', 'skipped'])
    assert.equal(app.notifications().length, 2)
  })
})

test('someone typing in the open window is never interrupted: the heads-up becomes a notification', async () => {
  await withApp({ now: tuesdayMorning }, async (app) => {
    const page = await openFromTray(app, 'Settings')
    const field = page.getByLabel('Minutes between breaks')
    await field.focus()
    await field.press('End')
    await page.keyboard.type('0')
    await app.clock.tick(44 * minute)
    assert.deepEqual(app.notifications().map((n) => n.title), ['A short break in 1 min'])
    await app.clock.tick(minute)
    assert.deepEqual(app.notifications().map((n) => n.title), ['A short break in 1 min', 'Time for a short break'])
    await screenOf(page, 'settings')
    assert.equal(app.windows()[0].focused, true, 'the window keeps the keyboard')
    assert.deepEqual(app.windows()[0].bounds.x, 0, 'and stays where the person put it')
    assert.equal(await field.inputValue(), '450', 'what they were typing is still there')
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id), await field.evaluate((el) => el.getAttribute('aria-label') ?? el.id))
  })
})

test('"Take a break now" opens the break with focus and restarts the interval', async () => {
  await withApp({ now: tuesdayMorning }, async (app) => {
    await app.clock.tick(30 * minute)
    const page = await openFromTray(app, 'Take a break now')
    await screenOf(page, 'break')
    assert.equal(app.windows()[0].focused, true)
    await page.evaluate(() => window.kindbreak.practiceFinished({ completed: true }))
    await app.settle()
    assert.deepEqual(breakEvents(app).map((event) => event.kind), ['started', 'completed'])
    assert.equal(statusLine(app), 'Next break in 45 min')
  })
})

test('a clock set back an hour neither fires a break early nor stalls the timer', async () => {
  // The manual clock cannot go backwards; a fresh launch at an earlier time with the same files is the
  // same situation for the app: a saved deadline far ahead of "now".
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-clock-'))
  await withApp({ now: tuesdayMorning, userDataDir }, async (app) => {
    await app.clock.tick(10 * minute)
  })
  await withApp({ now: tuesdayMorning + 10 * minute - hour, userDataDir }, async (app) => {
    assert.equal(statusLine(app), 'Next break in 45 min', 'recomputed from now, not 95 minutes away')
    await untilHeadsUp(app)
  })
})

test('"Start Kindbreak when I log in" writes and removes the autostart entry', async () => {
  const configHome = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-xdg-'))
  const entry = path.join(configHome, 'autostart', 'kindbreak.desktop')
  // The app reads its environment through its ports: the world's, plus these.
  const env = { XDG_CONFIG_HOME: configHome, APPIMAGE: '/home/sam/Apps/Kindbreak.AppImage' }
  await withApp({ now: tuesdayMorning, env }, async (app) => {
    assert.equal(fs.existsSync(entry), false, 'off by default')
    const page = await openFromTray(app, 'Settings')
    const save = (startAtLogin) => page.evaluate((value) => window.kindbreak.updateSettings({ startAtLogin: value }).then((s) => s.startAtLogin), startAtLogin)
    assert.equal(await save(true), true)
    const text = fs.readFileSync(entry, 'utf8')
    assert.match(text, /^Exec=\/home\/sam\/Apps\/Kindbreak\.AppImage$/m)
    assert.match(text, /^X-GNOME-Autostart-enabled=true$/m)
    assert.equal(await save(false), false)
    assert.equal(fs.existsSync(entry), false, 'turned off, the entry is gone')
    await save(true)
  })
  fs.rmSync(entry)
  await withApp({ now: tuesdayMorning, env, settings: { schemaVersion: 1, startAtLogin: true } }, async () => {
    assert.equal(fs.existsSync(entry), true, 'a start with the setting on puts a missing entry back')
  })
})
