// Settings as a person uses them: from the keyboard alone, changes that apply at once and survive a restart
// (the tray too), a hotkey chosen by pressing it, working hours per weekday, restore defaults with a second
// step, and wrong values explained inline with nothing saved. Also the first-run welcome and About.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { eventually, openFromTray, readSettingsFile, tabTo, withApp } from './support.mjs'

const tempDir = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `kindbreak-${name}-`))
const settingsBytes = (app) => fs.readFileSync(path.join(app.userDataDir, 'settings.json'), 'utf8')

test('a setting is changed with the keyboard alone, applies at once and is kept', async () => {
  await withApp({}, async (app) => {
    const page = await openFromTray(app, 'Settings')
    await tabTo(page, page.getByLabel('Minutes between breaks'))
    await page.keyboard.press('Control+A')
    await page.keyboard.type('25')
    await page.keyboard.press('Tab')
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()
    assert.equal(readSettingsFile(app.userDataDir).schedule.intervalMinutes, 25)
    assert.equal(app.tray.labels()[4], 'Next break in 25 min', 'the timer follows at once')

    // A radio group is one Tab stop; the arrow keys choose within it.
    const strict = page.getByRole('checkbox', { name: /Strict breaks/ })
    await tabTo(page, strict)
    await page.keyboard.press('Space')
    await eventually(() => readSettingsFile(app.userDataDir).schedule.strict === true)
    await tabTo(page, page.getByRole('radio', { name: 'The self-compassion break' }))
    await page.keyboard.press('ArrowDown')
    await eventually(() => readSettingsFile(app.userDataDir).breakOpens === 'breathe')
    const schedule = readSettingsFile(app.userDataDir).schedule
    assert.equal(schedule.intervalMinutes, 25, 'a later change to the schedule keeps the earlier one')

    await page.keyboard.press('Escape')
    await page.locator('main[data-screen="home"]').waitFor()
  })
})

test('theme and language switch live, the tray speaks Spanish too, and both survive a restart', async () => {
  const userDataDir = tempDir('appearance')
  await withApp({ userDataDir }, async (app) => {
    const page = await openFromTray(app, 'Settings')
    await page.getByRole('radio', { name: 'Dark' }).check()
    await eventually(() => readSettingsFile(userDataDir).theme === 'dark')
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    assert.equal(background, 'rgb(30, 26, 33)', 'the dark palette is in use')

    await page.getByRole('radio', { name: 'Español' }).check()
    await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor()
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es')
    assert.equal(app.tray.labels()[0], 'Tomar una pausa ahora')
    assert.ok(app.tray.labels().includes('Ajustes'))
    assert.match(app.tray.tooltip(), /^Kindbreak: /)
    await page.getByRole('radio', { name: 'Reducido: sin formas que se mueven o crecen' }).check()
    await eventually(() => readSettingsFile(userDataDir).motion === 'reduced')
    await page.waitForFunction(() => document.documentElement.dataset.motion === 'reduced')
  })
  await withApp({ userDataDir }, async (app) => {
    assert.equal(app.tray.labels()[0], 'Tomar una pausa ahora', 'the tray starts in Spanish')
    const page = await openFromTray(app, 'Ajustes')
    await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor()
    assert.equal(await page.getByRole('radio', { name: 'Oscuro' }).isChecked(), true)
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark')
    // And back to the system's language, live.
    await page.getByRole('radio', { name: 'Igual que el sistema' }).last().check()
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    assert.equal(app.tray.labels()[0], 'Take a break now')
  })
})

test('the hotkey is chosen by pressing it; Esc cancels, a bare key is refused, a taken one is reported', async () => {
  await withApp({ hotkeysTakenElsewhere: ['CommandOrControl+Alt+J'] }, async (app) => {
    const page = await openFromTray(app, 'Settings')
    const field = page.getByLabel('Hotkey that opens Kindbreak')
    const message = page.locator('.hotkey-input + p')
    await tabTo(page, field)
    await message.filter({ hasText: 'Listening' }).waitFor()

    await page.keyboard.press('k')
    await message.filter({ hasText: 'Please add Ctrl, Alt or Super' }).waitFor()
    assert.equal(await field.getAttribute('aria-invalid'), 'true')
    assert.equal(readSettingsFile(app.userDataDir).hotkey, 'CommandOrControl+Alt+K', 'nothing saved')

    await page.keyboard.press('Escape')
    await message.filter({ hasText: 'Not changed' }).waitFor()
    assert.equal(await page.locator('main').getAttribute('data-screen'), 'settings', 'Esc cancels the capture, not the screen')

    await page.keyboard.press('Enter')
    await message.filter({ hasText: 'Listening' }).waitFor()
    await page.keyboard.press('Control+Alt+J')
    await message.filter({ hasText: 'CommandOrControl+Alt+J could not be registered' }).waitFor()
    assert.match(await message.textContent(), /CommandOrControl\+Alt\+K still works/)
    assert.deepEqual(app.hotkeys(), ['CommandOrControl+Alt+K'])
    assert.equal(readSettingsFile(app.userDataDir).hotkey, 'CommandOrControl+Alt+K')

    await page.keyboard.press('Enter')
    await message.filter({ hasText: 'Listening' }).waitFor()
    await page.keyboard.press('Control+Shift+Y')
    await message.filter({ hasText: 'CommandOrControl+Shift+Y now opens Kindbreak' }).waitFor()
    assert.equal(await field.inputValue(), 'CommandOrControl+Shift+Y', 'shown in Electron’s syntax')
    assert.deepEqual(app.hotkeys(), ['CommandOrControl+Shift+Y'])
    assert.equal(readSettingsFile(app.userDataDir).hotkey, 'CommandOrControl+Shift+Y')
  })
})

test('working hours: several ranges a day, edited, removed, and a wrong one explained and not saved', async () => {
  await withApp({}, async (app) => {
    const page = await openFromTray(app, 'Settings')
    await page.getByRole('checkbox', { name: 'Offer breaks only during working hours' }).check()
    await eventually(() => readSettingsFile(app.userDataDir).schedule.workingHours.enabled)

    const monday = page.getByRole('group', { name: 'Monday', exact: true })
    await monday.getByRole('button', { name: 'Add a time on Monday' }).click()
    const morning = page.getByRole('group', { name: 'Monday, time 1' })
    const afternoon = page.getByRole('group', { name: 'Monday, time 2' })
    await afternoon.waitFor()
    await morning.getByLabel('Until').fill('12:30')
    await morning.getByLabel('Until').press('Tab')
    await afternoon.getByLabel('From').fill('13:30')
    await afternoon.getByLabel('Until').fill('17:45')
    await afternoon.getByLabel('Until').press('Enter')
    await eventually(() => readSettingsFile(app.userDataDir).schedule.workingHours.days[1].length === 2
      && readSettingsFile(app.userDataDir).schedule.workingHours.days[1][1].end === '17:45')
    assert.deepEqual(readSettingsFile(app.userDataDir).schedule.workingHours.days[1], [
      { start: '09:00', end: '12:30' },
      { start: '13:30', end: '17:45' },
    ])

    await page.getByRole('button', { name: 'Remove Tuesday, time 1' }).click()
    await page.getByRole('group', { name: 'Tuesday', exact: true }).getByText('No breaks on this day.').waitFor()
    await eventually(() => readSettingsFile(app.userDataDir).schedule.workingHours.days[2].length === 0)

    const before = settingsBytes(app)
    const wednesday = page.getByRole('group', { name: 'Wednesday, time 1' })
    await wednesday.getByLabel('From').fill('25:00')
    await wednesday.getByLabel('From').press('Tab')
    await page.getByRole('alert').filter({ hasText: 'Please write the start as HH:MM' }).waitFor()
    await wednesday.getByLabel('From').fill('19:00')
    await wednesday.getByLabel('From').press('Tab')
    await page.getByRole('alert').filter({ hasText: 'The end needs to come after the start.' }).waitFor()
    assert.equal(await wednesday.getByLabel('Until').getAttribute('aria-invalid'), 'true')
    assert.equal(settingsBytes(app), before, 'nothing saved while a range makes no sense')
    await wednesday.getByLabel('From').fill('8:00')
    await wednesday.getByLabel('From').press('Tab')
    await eventually(() => readSettingsFile(app.userDataDir).schedule.workingHours.days[3][0].start === '08:00')
    assert.equal(await wednesday.getByLabel('From').inputValue(), '08:00', '"8:00" is understood and tidied')
  })
})

test('wrong values are explained inline and nothing is saved', async () => {
  await withApp({}, async (app) => {
    const page = await openFromTray(app, 'Settings')
    const before = settingsBytes(app)
    for (const [label, value, message] of [
      ['Minutes between breaks', '2', 'from 5 to 240'],
      ['Heads-up before a break, in seconds', '181', 'from 0 to 180'],
      ['Snooze length in minutes', '1.5', 'from 1 to 30'],
      ['Break length in minutes', '', 'from 1 to 15'],
    ]) {
      const field = page.getByLabel(label)
      await field.fill(value)
      await field.press('Enter')
      await field.blur()
      await page.getByRole('alert').filter({ hasText: message }).waitFor()
      assert.equal(await field.getAttribute('aria-invalid'), 'true', label)
    }
    assert.equal(settingsBytes(app), before, 'the file is untouched')
    // Zero is a real choice for the heads-up: it turns it off.
    const headsUp = page.getByLabel('Heads-up before a break, in seconds')
    await headsUp.fill('0')
    await headsUp.blur()
    await eventually(() => readSettingsFile(app.userDataDir).schedule.headsUpSeconds === 0)
    await page.getByLabel('Snoozes for each break').selectOption({ label: 'None' })
    await eventually(() => readSettingsFile(app.userDataDir).schedule.maxSnoozes === 0)
    await page.getByLabel('Snoozes for each break').selectOption({ label: 'As many as you like' })
    await eventually(() => readSettingsFile(app.userDataDir).schedule.maxSnoozes === null)
  })
})

test('restore defaults asks first; "keep" and Esc change nothing, "restore" keeps my own words', async () => {
  const chosen = {
    theme: 'dark', hotkey: 'CommandOrControl+Shift+Y', delivery: 'notification', checkIn: false,
    sound: { enabled: true, volume: 80 }, touch: { favourites: ['hand-on-heart'] },
  }
  await withApp({ settings: chosen }, async (app) => {
    const page = await openFromTray(app, 'Settings')
    const before = settingsBytes(app)
    const start = page.getByRole('button', { name: 'Restore defaults…' })
    await start.click()
    const question = page.getByRole('group', { name: /Put every setting on this screen back/ })
    await question.waitFor()
    await page.getByRole('button', { name: 'Keep my settings' }).click()
    await start.waitFor()
    await start.click()
    await question.waitFor()
    await page.keyboard.press('Escape')
    await question.waitFor({ state: 'detached' })
    assert.equal(await page.locator('main').getAttribute('data-screen'), 'settings', 'Esc answered the question only')
    assert.equal(settingsBytes(app), before, 'nothing changed yet')

    await start.click()
    await page.getByRole('button', { name: 'Restore defaults', exact: true }).click()
    await page.getByRole('status').filter({ hasText: 'Every setting is back to its default.' }).waitFor()
    const after = readSettingsFile(app.userDataDir)
    assert.equal(after.theme, 'system')
    assert.equal(after.hotkey, 'CommandOrControl+Alt+K')
    assert.equal(after.delivery, 'popup')
    assert.deepEqual(after.sound, { enabled: false, volume: 40 })
    assert.deepEqual(after.touch, { favourites: ['hand-on-heart'] }, 'favourites are the person’s own')
    assert.deepEqual(app.hotkeys(), ['CommandOrControl+Alt+K'])
    assert.equal(await page.getByRole('radio', { name: 'Same as the system' }).first().isChecked(), true, 'the screen follows')
    assert.equal(await page.getByLabel('Hotkey that opens Kindbreak').inputValue(), 'CommandOrControl+Alt+K')
  })
})

test('journal encryption, the data folder and the way to export are all in Settings', async () => {
  await withApp({}, async (app) => {
    const page = await openFromTray(app, 'Settings')
    await page.getByText(/Your journal is encrypted/).waitFor()
    await page.getByRole('checkbox', { name: 'Encrypt my journal' }).uncheck()
    await eventually(() => readSettingsFile(app.userDataDir).journal.encrypt === false)
    await page.getByText(/Your journal is not encrypted/).waitFor()
    await page.getByRole('button', { name: 'Open the data folder' }).click()
    await eventually(() => app.inspect().openedPaths.length === 1)
    assert.deepEqual(app.inspect().openedPaths, [app.userDataDir])
    await page.getByRole('checkbox', { name: 'Start Kindbreak when I log in' }).check()
    await eventually(() => readSettingsFile(app.userDataDir).startAtLogin === true)
    await page.getByRole('button', { name: 'Export or back up your journal' }).click()
    await page.locator('main[data-screen="journal"]').waitFor()
  })
})

test('the first start says hello once, in a window that takes focus; skipping it lands on the start', async () => {
  const userDataDir = tempDir('welcome')
  await withApp({ userDataDir, firstRun: true }, async (app) => {
    const page = await app.waitForWindow()
    await page.getByRole('heading', { level: 1, name: 'Welcome to Kindbreak' }).waitFor()
    assert.equal(app.windows()[0].focused, true)
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByText('Ctrl+Alt+K').waitFor()
    await page.getByRole('button', { name: 'Skip the welcome' }).click()
    await page.getByRole('heading', { level: 1, name: 'Kindbreak' }).waitFor()
  })
  await withApp({ userDataDir }, async (app) => {
    assert.equal(app.windows().length, 0, 'not shown a second time')
    assert.equal(readSettingsFile(userDataDir).firstRun.welcomed, true)
  })
})

test('About is reachable from home and from Settings, with the version, the credits and the licences', async () => {
  await withApp({}, async (app) => {
    await app.pressHotkey()
    const page = await app.waitForWindow()
    await page.getByRole('button', { name: 'About' }).click()
    await page.getByRole('heading', { level: 1, name: 'About Kindbreak' }).waitFor()
    const version = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version
    await page.getByText(`Version ${version}`).waitFor()
    await page.getByText(/not a medical device/).waitFor()
    await page.getByText(/Christopher Germer and Kristin Neff/).waitFor()
    await page.getByText('zod 4.6.7, MIT licence').waitFor()
    await page.keyboard.press('Escape')
    await page.locator('main[data-screen="home"]').waitFor()
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'About Kindbreak' }).click()
    await page.getByRole('heading', { level: 1, name: 'About Kindbreak' }).waitFor()
  })
})
