// The practice library as a person uses it: filters chosen from the keyboard narrow the list to exactly
// the practices that match (worked out here from the library's own data), favourites are marked with Space
// and kept across a relaunch, and a timed break can bring the favourites one after another, or a practice
// that fits the break, going on where it was after a restart.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { axeViolations } from './axe.mjs'
import { guidedData } from './guided-data.mjs'
import { breaksOpen, eventually, readSettingsFile, tabTo, withApp } from './support.mjs'

const minute = 60_000
/** A Tuesday at 10:00 local time, inside the default working hours. */
const tuesdayMorning = new Date(2025, 2, 4, 10, 0).getTime()
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }
/** Breaks without a heads-up, so each break's window opens straight on what it brings. */
const noHeadsUp = { headsUpSeconds: 0 }
const en = guidedData.catalogs.en
const freshDir = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `kindbreak-${name}-`))

/** The name the library shows for a practice. */
const nameOf = (id) =>
  ({ 'compassion-break': en.home.practices.break.title, breathe: en.home.practices.breathe.title, touch: en.home.practices.touch.title, reframe: en.home.practices.reframe.title })[id] ??
  (en.writingNames[id] ?? en.guidedNames[id]).name
const shownNames = (page) => page.locator('.library-item .practice-title').allTextContents()

/** Chooses an option of a filter's drop-down with the keyboard: focus it, then the arrow keys to the option. */
async function chooseFilter(page, label, option) {
  const select = page.getByRole('combobox', { name: label })
  await tabTo(page, select)
  const options = await select.locator('option').allTextContents()
  const target = options.indexOf(option)
  assert.ok(target >= 0, `${label} offers ${option}`)
  const from = options.indexOf(await select.locator('option:checked').textContent())
  for (let step = 0; step < Math.abs(target - from); step += 1) await page.keyboard.press(target > from ? 'ArrowDown' : 'ArrowUp')
  assert.equal(await select.locator('option:checked').textContent(), option)
}

test('filters narrow the library to exactly what matches, and favourites are kept across a relaunch', async () => {
  const userDataDir = freshDir('library')
  await withApp({ now: tuesdayMorning, userDataDir, settings: settled }, async (app) => {
    await app.tray.click('All practices')
    const page = await app.waitForWindow()
    await page.getByRole('heading', { level: 1, name: 'Practice library' }).waitFor()
    assert.deepEqual(await shownNames(page), guidedData.library.map((entry) => nameOf(entry.id)), 'every practice, in the library\'s order')
    assert.deepEqual(await axeViolations(page), [])

    await chooseFilter(page, 'Kind', 'Settle and steady')
    await chooseFilter(page, 'The breath', 'Without the breath')
    const stillSettling = guidedData.library.filter((entry) => entry.kind === 'settle' && !entry.breath)
    assert.deepEqual(await shownNames(page), stillSettling.map((entry) => nameOf(entry.id)))
    await page.getByRole('status').filter({ hasText: `Showing ${stillSettling.length} of ${guidedData.library.length} practices.` }).waitFor()

    await chooseFilter(page, 'Length', '10 minutes or more')
    // "10 minutes or more": any length of 8 minutes or longer (nearer 10 than 5).
    const long = stillSettling.filter((entry) => entry.minutes.some((minutes) => minutes >= 8))
    assert.ok(long.length >= 2, 'more than one long practice, so the next filter has something to narrow')
    assert.deepEqual(await shownNames(page), long.map((entry) => nameOf(entry.id)))
    await chooseFilter(page, 'Moving', 'Moving, away from the screen')
    assert.deepEqual(await shownNames(page), [nameOf('mindful-walk')])

    const heart = page.getByRole('button', { name: `Favourite: ${nameOf('mindful-walk')}` })
    await tabTo(page, heart)
    await page.keyboard.press('Space')
    assert.equal(await heart.getAttribute('aria-pressed'), 'true')
    await eventually(() => readSettingsFile(userDataDir).library?.favourites?.[0] === 'mindful-walk')

    await chooseFilter(page, 'Length', 'About 1 minute')
    await page.getByText('No practice matches all of these. Try a wider choice.').waitFor()
    assert.deepEqual(await axeViolations(page), [], 'axe, with nothing to show')
  })

  await withApp({ now: tuesdayMorning, userDataDir }, async (app) => {
    await app.tray.click('All practices')
    const page = await app.waitForWindow()
    assert.equal(await page.getByRole('button', { name: `Favourite: ${nameOf('mindful-walk')}` }).getAttribute('aria-pressed'), 'true')
    await page.getByRole('status').filter({ hasText: '1 favourite' }).waitFor()
    // Opening one plays it; Esc goes back to the start.
    await tabTo(page, page.locator('.library-item .practice').filter({ hasText: nameOf('soles-of-the-feet') }))
    await page.keyboard.press('Enter')
    await page.locator('main[data-screen="practice:soles-of-the-feet"]').waitFor()
    await page.keyboard.press('Escape')
    await page.locator('main[data-screen="home"]').waitFor()
  })
})

test('a timed break can turn through the favourites, one per break, and goes on where it was after a restart', async () => {
  const userDataDir = freshDir('rotation')
  const settings = { ...settled, schedule: noHeadsUp, breakOpens: 'favourites', library: { favourites: ['soles-of-the-feet', 'touch', 'body-scan'] } }
  await withApp({ now: tuesdayMorning, userDataDir, settings }, async (app) => {
    assert.deepEqual(await breaksOpen(app, 2), ['practice:soles-of-the-feet', 'touch'])
  })
  await withApp({ now: tuesdayMorning + 3 * 60 * minute, userDataDir }, async (app) => {
    assert.deepEqual(await breaksOpen(app, 2), ['practice:body-scan', 'practice:soles-of-the-feet'])
  })
})

test('"what fits the break" opens only practices that fit a 3-minute break, a different one each time', async () => {
  const settings = { ...settled, breakOpens: 'fits-the-break', schedule: { ...noHeadsUp, breakLengthMinutes: 3 } }
  await withApp({ now: tuesdayMorning, settings }, async (app) => {
    const opened = await breaksOpen(app, 4)
    const fits = guidedData.library.filter((entry) => entry.minutes[0] <= 3).map((entry) => (entry.id === 'compassion-break' ? 'break' : entry.id in guidedData.guidedPractices ? `practice:${entry.id}` : entry.id))
    assert.deepEqual(opened, fits.slice(0, 4))
  })
})
