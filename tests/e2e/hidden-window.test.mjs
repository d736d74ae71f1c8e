// The window is hidden, never destroyed, and not throttled (backgroundThrottling is off so the breathing
// guide keeps time). Whatever a practice leaves running when the window goes would run unseen all day. Each
// practice is taken as a person takes it, the window is closed mid-way, and a minute of the page's clock
// passes: no animation frame may be asked for, no timer or interval pending, no audio playing. Counted,
// never timed (the page's clock is paused and moved by the test).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { withApp } from './support.mjs'

const tuesdayMorning = new Date(2025, 2, 4, 10, 0).getTime()
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false, sound: { enabled: true, volume: 40 } }
const idle = { frames: 0, timeouts: 0, intervals: 0, runningAudio: 0 }

/** How each practice gets going, so that it has something running when the window is closed. */
const practices = {
  Breathe: async (page) => page.getByRole('button', { name: 'Start', exact: true }).click(),
  'Take a break now': async (page) => page.getByRole('button', { name: 'Begin', exact: true }).click(),
  'Soothing touch': async () => {},
  'Reframe a thought': async (page) => page.getByLabel('What is the critical voice saying?').fill('I always get this wrong.'),
}

test('a window closed mid-practice keeps nothing running: no frames, timers or sound, after every kind of practice', async () => {
  await withApp({ now: tuesdayMorning, pausePageClock: true, settings: settled }, async (app) => {
    for (const [practice, begin] of Object.entries(practices)) {
      await app.tray.click(practice)
      const page = await app.waitForWindow()
      await begin(page)
      await page.clock.runFor(5_000)
      const running = await app.pageWork(page)
      if (practice !== 'Reframe a thought') assert.notDeepEqual(running, idle, `${practice}: the practice was under way (the count sees it)`)
      // The window manager's close button: the window hides, and is reused next time.
      app.inspect().windows[0].close()
      await app.settle()
      assert.equal(app.windows().length, 0, `${practice}: the window is hidden`)
      await page.clock.runFor(60_000)
      assert.deepEqual(await app.pageWork(page), idle, `${practice}: nothing survives hiding`)
    }
  })
})

test('the window comes back from rest on the screen asked for, and a draft written before closing is kept', async () => {
  await withApp({ now: tuesdayMorning, pausePageClock: true, settings: settled }, async (app) => {
    await app.tray.click('Reframe a thought')
    const page = await app.waitForWindow()
    await page.getByLabel('What is the critical voice saying?').fill('I always get this wrong.')
    app.inspect().windows[0].close()
    await app.settle()
    await app.tray.click('Reframe a thought')
    await app.waitForWindow()
    await page.locator('main[data-screen="reframe"]').waitFor()
    assert.equal(await page.getByLabel('What is the critical voice saying?').inputValue(), 'I always get this wrong.')
    app.inspect().windows[0].close()
    await app.settle()
    await app.pressHotkey()
    await app.waitForWindow()
    await page.locator('main[data-screen="home"]').waitFor()
  })
})
