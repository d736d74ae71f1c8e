// The window is made ready ahead of its first use, once start-up is over and the machine is quiet: hidden,
// without focus, its page loaded and resting. The first hotkey press, tray click or timed popup then shows
// that window instead of creating one, and behaves exactly as a reused window does. When the machine is
// quiet is the harness's to say (launchApp({ busyAfterStart }), app.becomeQuiet()), never a real delay.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { windowCounts, withApp } from './support.mjs'

const minute = 60_000
const tuesdayMorning = new Date(2025, 2, 4, 10, 0).getTime()
/** Nothing the page keeps going (tests/harness/fake-electron/page-work.mjs). */
const idle = { frames: 0, timeouts: 0, intervals: 0, runningAudio: 0 }

/** The one window's page, and whether it shows a screen at all (a resting window renders nothing). */
async function readyPage(app) {
  const [window] = app.inspect().windows
  const page = await window.pageReady
  return { window, page, screens: await page.locator('main').count() }
}

test('once start-up is over, the window is made ready: hidden, without focus, its page loaded and resting', async () => {
  await withApp({ now: tuesdayMorning, pausePageClock: true, busyAfterStart: true, colorScheme: 'dark' }, async (app) => {
    assert.deepEqual(windowCounts(app), { made: 0, shown: 0 }, 'nothing is made while start-up goes on')
    await app.becomeQuiet()
    assert.deepEqual(windowCounts(app), { made: 1, shown: 0 })
    assert.equal(app.windows().length, 0, 'nothing shows')
    const { window, page, screens } = await readyPage(app)
    assert.equal(window.isFocused(), false, 'nothing takes the keyboard')
    assert.equal(window.loaded, true, 'its page has loaded')
    assert.equal(screens, 0, 'it rests, with no screen mounted')
    assert.equal(window.backgroundColor, '#1E1A21', "painted in the theme's colour, as a reused window is")
    await page.clock.runFor(60_000)
    assert.deepEqual(await app.pageWork(page), idle, 'a ready window keeps nothing running')
  })
})

test('the first hotkey press shows the ready window on the home screen, with focus: no window is created', async () => {
  await withApp({}, async (app) => {
    const { page: ready } = await readyPage(app)
    await app.pressHotkey()
    const page = await app.waitForWindow()
    assert.equal(page, ready, 'the very page made ready')
    await page.locator('main[data-screen="home"]').waitFor()
    assert.equal(app.windows()[0].focused, true)
    assert.deepEqual(windowCounts(app), { made: 1, shown: 1 })
  })
})

test("a timed break's first popup appears in the ready window, in its corner, without taking focus", async () => {
  await withApp({ now: tuesdayMorning }, async (app) => {
    const { page: ready } = await readyPage(app)
    await app.clock.tick(44 * minute)
    const page = await app.waitForWindow()
    assert.equal(page, ready)
    await page.locator('main[data-screen="heads-up"]').waitFor()
    const [popup] = app.windows()
    assert.equal(popup.focused, false, 'the popup never takes the keyboard')
    assert.deepEqual(popup.bounds, { x: 1920 - 440 - 24, y: 1040 - 580 - 24, width: 440, height: 580 })
    assert.deepEqual(windowCounts(app), { made: 1, shown: 1 })
  })
})

test('a person who opens Kindbreak before the machine is quiet gets one window; making it ready later changes nothing', async () => {
  await withApp({ busyAfterStart: true }, async (app) => {
    await app.tray.click('Breathe')
    const page = await app.waitForWindow()
    await page.locator('main[data-screen="breathe"]').waitFor()
    await app.becomeQuiet()
    assert.deepEqual(windowCounts(app), { made: 1, shown: 1 }, 'no second window')
    assert.equal(app.windows()[0].focused, true, 'the open window keeps the keyboard')
    assert.equal(await page.locator('main').getAttribute('data-screen'), 'breathe', 'and its screen')
  })
})

test('quitting before the machine is quiet makes no window on the way out', async () => {
  await withApp({ busyAfterStart: true }, async (app) => {
    await app.tray.click('Quit Kindbreak')
    await app.becomeQuiet()
    assert.deepEqual(windowCounts(app), { made: 0, shown: 0 })
  })
})
