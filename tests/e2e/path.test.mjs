// The gentle path as a person walks it: started from the keyboard, the start of the window saying where they
// are, a week moved on only by their own choice and kept across a relaunch, timed breaks bringing that
// week's practices until the path is paused, and leaving then rejoining where they were. The weeks and their
// practices come from the path's own data, not from the screen under test.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { axeViolations } from './axe.mjs'
import { guidedData } from './guided-data.mjs'
import { breaksOpen, eventually, openFromTray, readSettingsFile, tabTo, withApp } from './support.mjs'

const minute = 60_000
/** A Tuesday at 10:00 local time, inside the default working hours. */
const tuesdayMorning = new Date(2025, 2, 4, 10, 0).getTime()
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }
const { catalogs, pathWeeks } = guidedData
const en = catalogs.en
const freshDir = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `kindbreak-${name}-`))

/** "Week 2 of 8: Coming back to now", as the path's words put it. */
const where = (week, words = en) => words.path.where(week, pathWeeks.length, words.path.weeks[pathWeeks[week - 1].id].title)
/** The screen each of a week's practices opens. */
const screensOfWeek = (week) => pathWeeks[week - 1].practices.map((id) => (id === 'compassion-break' ? 'break' : id in guidedData.guidedPractices ? `practice:${id}` : id))
const practiceName = (id) => ({ 'compassion-break': en.home.practices.break.title, touch: en.home.practices.touch.title, reframe: en.home.practices.reframe.title })[id] ?? en.guidedNames[id].name

/** Presses a button from the keyboard: Tab to it, then Enter. */
async function press(page, name) {
  await tabTo(page, page.getByRole('button', { name, exact: true }))
  await page.keyboard.press('Enter')
}

test('started from the keyboard, moved on by choice, kept across a relaunch; breaks bring the week until it is paused; leaving and rejoining keeps the week', async () => {
  const userDataDir = freshDir('path')
  await withApp({ now: tuesdayMorning, userDataDir, settings: { ...settled, schedule: { headsUpSeconds: 0 } } }, async (app) => {
    await app.pressHotkey()
    const page = await app.waitForWindow()
    await page.locator('main[data-screen="home"]').waitFor()
    assert.equal(await page.getByText(/^Week \d of 8/).count(), 0, 'nothing about weeks before the path is started')

    await press(page, en.path.link)
    await page.getByRole('heading', { level: 1, name: en.path.heading }).waitFor()
    assert.equal(await page.locator('h1').count(), 1)
    assert.deepEqual(await page.locator('.path-weeks li').allTextContents(), pathWeeks.map((week) => en.path.weeks[week.id].title))
    await press(page, en.path.start)
    await page.getByRole('heading', { level: 2, name: where(1) }).waitFor()
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), where(1), 'reading goes on from the new week')
    assert.deepEqual(await page.locator('.path-week .practice-title').allTextContents(), pathWeeks[0].practices.map(practiceName))
    await eventually(() => readSettingsFile(userDataDir).path?.status === 'on')

    await page.keyboard.press('Escape')
    await page.locator('main[data-screen="home"]').waitFor()
    await press(page, where(1))
    await press(page, en.path.next(2))
    await page.getByRole('heading', { level: 2, name: where(2) }).waitFor()
    await eventually(() => readSettingsFile(userDataDir).path?.week === 2)
    // One of the week's practices opens from its button.
    await press(page, new RegExp(`^${practiceName(pathWeeks[1].practices[1])}`))
    await page.locator(`main[data-screen="${screensOfWeek(2)[1]}"]`).waitFor()
  })

  await withApp({ now: tuesdayMorning + 3 * 60 * minute, userDataDir, argv: ['--path'] }, async (app) => {
    const page = await app.waitForWindow()
    await page.getByRole('heading', { level: 2, name: where(2) }).waitFor()
    app.inspect().windows[0].close()
    await eventually(() => app.windows().length === 0)

    // No break came before, so the turn starts at the week's first practice.
    assert.deepEqual(await breaksOpen(app, screensOfWeek(2).length), screensOfWeek(2), "each break brings the next of week 2's practices")

    // Settings says why its choice of what a break opens is not what breaks bring now.
    const settingsPage = await openFromTray(app, en.main.tray.settings)
    await settingsPage.getByText(en.path.breaksOnPath).waitFor()

    const paused = await openFromTray(app, en.main.tray.path)
    await press(paused, en.path.pause)
    await paused.getByRole('heading', { level: 2, name: en.path.wherePaused(2, pathWeeks.length, en.path.weeks[pathWeeks[1].id].title) }).waitFor()
    await eventually(() => readSettingsFile(app.userDataDir).path?.status === 'paused')
    app.inspect().windows[0].close()
    await eventually(() => app.windows().length === 0)
    assert.deepEqual(await breaksOpen(app, 1), ['break'], 'paused, a break opens what Settings says (the self-compassion break)')

    const left = await openFromTray(app, en.main.tray.path)
    await press(left, en.path.leave)
    await left.getByText(en.path.leftNote(2)).waitFor()
    assert.equal(await left.locator('.path-weeks li[aria-current="step"]').textContent(), en.path.weeks[pathWeeks[1].id].title)
    await eventually(() => readSettingsFile(app.userDataDir).path?.status === 'left')
    await left.keyboard.press('Escape')
    await left.locator('main[data-screen="home"]').waitFor()
    assert.equal(await left.getByText(/^Week \d of 8/).count(), 0, 'having left, the start of the window says nothing about weeks')
    await press(left, en.path.link)
    await press(left, en.path.rejoin(2))
    await left.getByRole('heading', { level: 2, name: where(2) }).waitFor()
    await eventually(() => readSettingsFile(app.userDataDir).path?.status === 'on' && readSettingsFile(app.userDataDir).path?.week === 2)
  })
})

test('week 8 ends the path kindly, and it can be walked again', async () => {
  await withApp({ now: tuesdayMorning, settings: { ...settled, path: { status: 'on', week: 8 } } }, async (app) => {
    const page = await openFromTray(app, en.main.tray.path)
    await page.getByRole('heading', { level: 2, name: where(8) }).waitFor()
    await press(page, en.path.finish)
    await page.getByRole('heading', { level: 2, name: en.path.completedHeading }).waitFor()
    await press(page, en.path.startAgain)
    await page.getByRole('heading', { level: 2, name: where(1) }).waitFor()
  })
})

for (const theme of ['light', 'dark']) {
  for (const language of ['en', 'es']) {
    test(`the path screen, ${theme} theme, ${language === 'en' ? 'English' : 'Spanish'}: no axe violations before, on and after a week`, async () => {
      const words = catalogs[language]
      await withApp({ now: tuesdayMorning, colorScheme: theme, settings: { ...settled, theme, language } }, async (app) => {
        const page = await openFromTray(app, catalogs[language].main.tray.path)
        const problems = []
        const check = async (where) => {
          for (const violation of await axeViolations(page)) problems.push(`${where}: ${violation}`)
        }
        await page.getByRole('heading', { level: 1, name: words.path.heading }).waitFor()
        await check('before starting')
        await page.getByRole('button', { name: words.path.start }).click()
        await page.getByRole('heading', { level: 2, name: where(1, words) }).waitFor()
        await check('on week 1')
        await page.getByRole('button', { name: words.path.next(2) }).click()
        await page.getByRole('button', { name: words.path.pause }).click()
        await page.getByText(words.path.pausedNote).waitFor()
        await check('paused on week 2')
        await page.getByRole('button', { name: words.path.leave }).click()
        await page.getByText(words.path.leftNote(2)).waitFor()
        await check('left at week 2')
        assert.deepEqual(problems, [])
      })
    })
  }
}
