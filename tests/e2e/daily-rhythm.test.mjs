// The daily rhythm as a person meets it: a daily moment at its time, shown like a break (in the corner,
// never taking the keyboard), once a day; and a micro-pause's one line that puts itself away after 20 s.
// Set from the keyboard alone in Settings. Time moves only through the harness's manual clock (launchApp({ now })).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eventually, openFromTray, readSettingsFile, tabTo, withApp } from './support.mjs'

const minute = 60_000
const day = 24 * 60 * minute
/** A Tuesday, 09:00 and 10:00 local time. */
const tuesdayNine = new Date(2025, 2, 4, 9, 0).getTime()
const tuesdayTen = new Date(2025, 2, 4, 10, 0).getTime()
/** The default display's work area is 1920×1040 and the window 440×580, 24 px from the bottom-right edges. */
const bottomRightCorner = { x: 1920 - 440 - 24, y: 1040 - 580 - 24, width: 440, height: 580 }
/** Working hours on, with no hours: no break comes, so what shows is the rhythm's alone. */
const noBreaks = { enabled: true, days: [[], [], [], [], [], [], []] }

test('a daily moment at 09:30 opens its screen in the corner without focus, and again the next day, once', async () => {
  const settings = { schemaVersion: 1, schedule: { workingHours: noBreaks, dailyMoment: { enabled: true, time: '09:30', opens: 'journal' } } }
  await withApp({ now: tuesdayNine, settings }, async (app) => {
    await app.clock.tick(29 * minute)
    assert.equal(app.windows().length, 0, 'nothing before its time')
    await app.clock.tick(minute)
    const page = await app.waitForWindow()
    await page.locator('main[data-screen="journal"]').waitFor({ timeout: 5_000 })
    const [popup] = app.windows()
    assert.equal(popup.focused, false, 'the moment never takes the keyboard')
    assert.deepEqual(popup.bounds, bottomRightCorner)

    // The person closes it; the rest of the day brings nothing more.
    await page.evaluate(() => window.kindbreak.hideWindow())
    await app.settle()
    assert.equal(app.windows().length, 0)
    await app.clock.tick(day - minute)
    assert.equal(app.windows().length, 0, 'not again the same day, nor before its time the next')
    await app.clock.tick(minute)
    const again = await app.waitForWindow()
    await again.locator('main[data-screen="journal"]').waitFor({ timeout: 5_000 })
    assert.equal(app.windows()[0]?.focused, false)
    assert.deepEqual(app.notifications(), [], 'shown as a window, not also as a notification')
  })
})

test('an evening moment at 21:00 opens three good things, and what the person writes there is kept in the journal', async () => {
  const settings = {
    schemaVersion: 1,
    firstRun: { welcomed: true, backdraftNoteSeen: true },
    schedule: { workingHours: noBreaks, dailyMoment: { enabled: true, time: '21:00', opens: 'good-things' } },
  }
  await withApp({ now: tuesdayTen, settings }, async (app) => {
    await app.clock.tick(11 * 60 * minute)
    const page = await app.waitForWindow()
    await page.getByRole('heading', { level: 1, name: 'Three good things' }).waitFor()
    assert.equal(app.windows()[0]?.focused, false, 'it waits in the corner until the person chooses it')
    await page.getByLabel('Something about you').fill('I left work on time.')
    await page.getByRole('button', { name: 'Keep these' }).click()
    await page.getByRole('heading', { name: 'Your good things are kept' }).waitFor()
    const { days } = await page.evaluate(() => window.kindbreak.journalHistory({ page: 0 }))
    assert.deepEqual(days.flatMap((d) => d.entries).map((entry) => [entry.kind, entry.aboutMe]), [['good-things', 'I left work on time.']])
  })
})

test('a micro-pause shows one kind line in the corner without focus, and closes itself after 20 s', async () => {
  const settings = { schemaVersion: 1, schedule: { intervalMinutes: 60, microPauses: { enabled: true, everyMinutes: 20 } } }
  await withApp({ now: tuesdayTen, settings }, async (app) => {
    await app.clock.tick(19 * minute)
    assert.equal(app.windows().length, 0)
    await app.clock.tick(minute)
    const page = await app.waitForWindow()
    await page.locator('main[data-screen="micro-pause"]').waitFor({ timeout: 5_000 })
    assert.equal(app.windows()[0]?.focused, false, 'a micro-pause never takes the keyboard')
    assert.deepEqual(app.windows()[0]?.bounds, bottomRightCorner)
    await page.getByRole('heading', { name: 'A micro-pause' }).waitFor()
    const line = (await page.locator('.micro-pause-line').textContent())?.trim() ?? ''
    assert.ok(line.length > 0 && !line.includes('\n'), 'one line')
    await app.clock.tick(19_000)
    assert.equal(app.windows().length, 1, 'still there before its 20 s')
    await app.clock.tick(1_000)
    await app.settle()
    assert.equal(app.windows().length, 0, 'gone by itself after 20 s')
  })
})

test('the daily rhythm is set from the keyboard alone in Settings, and the timer follows at once', async () => {
  await withApp({ now: tuesdayNine, settings: { schemaVersion: 1, schedule: { workingHours: noBreaks } } }, async (app) => {
    const page = await openFromTray(app, 'Settings')
    await page.getByRole('heading', { name: 'A daily rhythm' }).waitFor()
    await tabTo(page, page.getByRole('checkbox', { name: 'A daily moment' }), { limit: 120 })
    await page.keyboard.press('Space')
    await eventually(() => readSettingsFile(app.userDataDir).schedule.dailyMoment.enabled === true)

    await tabTo(page, page.getByLabel(/^At \(24-hour clock/))
    await page.keyboard.press('Control+A')
    await page.keyboard.type('9:5')
    await page.keyboard.press('Tab')
    await page.getByRole('alert').filter({ hasText: 'Please write the time as HH:MM' }).waitFor()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('9:45')
    await page.keyboard.press('Enter')
    await eventually(() => readSettingsFile(app.userDataDir).schedule.dailyMoment.time === '09:45')

    await tabTo(page, page.getByLabel('It opens'))
    await page.keyboard.press('End')
    await eventually(() => readSettingsFile(app.userDataDir).schedule.dailyMoment.opens === 'journal')

    await tabTo(page, page.getByRole('checkbox', { name: 'Micro-pauses between breaks' }))
    await page.keyboard.press('Space')
    await tabTo(page, page.getByLabel('Every how many minutes'))
    await page.keyboard.press('Control+A')
    await page.keyboard.type('15')
    await page.keyboard.press('Tab')
    await eventually(() => readSettingsFile(app.userDataDir).schedule.microPauses.everyMinutes === 15)
    const { schedule } = readSettingsFile(app.userDataDir)
    assert.deepEqual(schedule.dailyMoment, { enabled: true, time: '09:45', opens: 'journal', onlyWorkingHours: false })
    assert.deepEqual(schedule.workingHours, noBreaks, 'the rest of the schedule is kept')

    // The person leaves Settings; at 09:45 the moment comes, in the corner, without focus.
    await page.evaluate(() => window.kindbreak.hideWindow())
    await app.settle()
    await app.clock.tick(45 * minute)
    const moment = await app.waitForWindow()
    await moment.locator('main[data-screen="journal"]').waitFor({ timeout: 5_000 })
    assert.equal(app.windows()[0]?.focused, false)
  })
})
