// One person's day, on each desktop people use: first start, the tray (or the way in where no tray shows),
// a relaunch with and without a flag, the hotkey, a timed heads-up and break, a pause, and a journal entry
// written with the text menu's help. Every world runs the same path; what differs is what its desktop allows.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { withApp } from './support.mjs'

const minute = 60_000
const tuesdayMorning = new Date(2025, 2, 4, 10, 0).getTime()

const worlds = [
  { name: 'linux-x11-kde', world: {} },
  { name: 'linux-wayland-gnome without a tray host', world: { session: 'wayland', desktop: 'gnome', trayHost: false } },
  { name: 'linux-wayland-kde', world: { session: 'wayland', desktop: 'kde' } },
  { name: 'win32', world: { platform: 'win32' } },
  { name: 'darwin unsigned', world: { platform: 'darwin', signed: false } },
]

async function onScreen(page, screen) {
  await page.locator(`main[data-screen="${screen}"]`).waitFor({ timeout: 5_000 })
  return page
}

async function hide(app, page) {
  await page.evaluate(() => window.kindbreak.hideWindow())
  await app.settle()
  assert.equal(app.windows().length, 0)
}

/** The way a person opens a screen here: the tray menu where one shows, else a launch with its flag. */
async function open(app, trayLabel, flag) {
  if (app.world.trayHost) await app.tray.click(trayLabel)
  else await app.secondInstance([flag])
  return app.waitForWindow()
}

/** A timed popup: a quiet window where the desktop allows one, else a notification the person clicks. */
async function timedPopup(app, screen) {
  const quiet = !(app.world.platform === 'linux' && app.world.session === 'wayland')
  if (!quiet) {
    assert.equal(app.windows().length, 0, 'nothing takes the keyboard on Wayland')
    await app.clickNotification()
  }
  const page = await onScreen(await app.waitForWindow(), screen)
  assert.equal(app.windows()[0].focused, !quiet, quiet ? 'a quiet popup never takes the keyboard' : 'opened because the person clicked')
  return page
}

for (const { name, world } of worlds) {
  test(`a day with Kindbreak on ${name}`, async () => {
    await withApp({ now: tuesdayMorning, firstRun: true, pausePageClock: true, settings: { schemaVersion: 1, checkIn: false }, world }, async (app) => {
      // First start: a hello, and where no tray shows, how to come back.
      const page = await onScreen(await app.waitForWindow(), 'welcome')
      if (!app.world.trayHost) await page.getByText('Your desktop shows no tray icons').waitFor()
      await hide(app, page)

      // The tray, or the way in where there is none.
      await onScreen(await open(app, 'Breathe', '--breathe'), 'breathe')
      await hide(app, page)
      if (app.world.trayHost && app.world.platform !== 'darwin') {
        await app.tray.leftClick()
        await onScreen(await app.waitForWindow(), 'home')
        await hide(app, page)
      }

      // A relaunch, with a flag and without; nothing is reported as an unknown flag.
      await app.secondInstance(['--journal'])
      await onScreen(await app.waitForWindow(), 'journal')
      await hide(app, page)
      await app.secondInstance([])
      await onScreen(await app.waitForWindow(), 'home')
      await hide(app, page)
      assert.deepEqual(app.notifications().filter((n) => /flag/.test(n.title)), [])

      // The hotkey: on GNOME's Wayland the person first allows it in the portal's dialog.
      if (app.world.session === 'wayland' && app.world.desktop === 'gnome') await app.desktopPortal.allowShortcuts()
      assert.equal(await app.pressHotkey('CommandOrControl+Alt+K'), true)
      await onScreen(await app.waitForWindow(), 'home')
      await hide(app, page)

      // A timed heads-up, then the break.
      await app.clock.tick(44 * minute)
      await timedPopup(app, 'heads-up')
      await hide(app, page)
      await app.clock.tick(minute)
      await timedPopup(app, 'break')
      await page.evaluate(() => window.kindbreak.practiceFinished({ completed: true }))
      await hide(app, page)

      // A pause for an hour.
      if (app.world.trayHost) {
        await app.tray.click('Pause breaks > For 1 hour')
        assert.match(app.tray.tooltip(), /paused/)
      } else {
        await app.secondInstance([])
        await page.getByRole('button', { name: 'Pause breaks for 1 hour' }).click()
        await page.getByRole('button', { name: 'Resume breaks' }).waitFor()
        await hide(app, page)
      }
      const notificationsBefore = app.notifications().length
      await app.clock.tick(50 * minute)
      assert.equal(app.windows().length, 0, 'no popup during the pause')
      assert.equal(app.notifications().length, notificationsBefore, 'no notification either')

      // A journal entry, with the text menu's help.
      await onScreen(await open(app, 'Reframe a thought', '--reframe'), 'reframe')
      const field = page.getByLabel('What is the critical voice saying?')
      await field.fill('I never get anything right')
      const menu = await app.contextMenu.open(field)
      assert.ok(['Cut', 'Copy', 'Paste', 'Select all'].every((label) => menu.includes(label)), menu.join(', '))
      await page.getByRole('button', { name: 'Next: a kind reply' }).click()
      await page.getByLabel('What would a good friend say to you?').fill('You get many things right, and today was hard.')
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      await page.getByRole('heading', { name: 'Saved in your journal' }).waitFor()
    })
  })
}
