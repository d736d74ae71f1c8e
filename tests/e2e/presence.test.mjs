// Breaks that know when the person is in a call, asked not to be disturbed, or away, on each desktop. The
// app's own presence adapters run here against the desktop's tools as each desktop prints them
// (tests/harness/system-tools.mjs): pactl for a call on Linux, GNOME's show-banners key and Plasma's
// Inhibited property for Do Not Disturb, the screensaver services for idle time and the lock, the consent
// store on Windows; sway and macOS answer nothing, and the app must say it cannot tell.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { openFromTray, withApp } from './support.mjs'

const minute = 60_000
const tuesdayMorning = new Date(2025, 2, 4, 10, 0).getTime()
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }
const statusLine = (app) => app.tray.labels()[4]

function breakEvents(app) {
  const file = path.join(app.userDataDir, 'break-events.jsonl')
  if (!fs.existsSync(file)) return []
  return fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line).kind)
}

/** Minutes pass one by one, as the once-a-minute look sees them. */
async function minutesPass(app, minutes) {
  for (let step = 0; step < minutes; step += 1) await app.clock.tick(minute)
}

const screenOf = (page, screen) => page.locator(`main[data-screen="${screen}"]`).waitFor({ timeout: 5_000 })

test('KDE: a break due during a call waits, says why, and comes once within two minutes after the call', async () => {
  await withApp({ now: tuesdayMorning, settings: settled }, async (app) => {
    await minutesPass(app, 40)
    assert.deepEqual(app.presenceToolCalls(), [], 'nothing is asked while no break is near')
    app.setInCall(true)
    await minutesPass(app, 10)
    assert.equal(app.windows().filter((window) => window.visible).length, 0, 'no popup in the call')
    assert.equal(statusLine(app), 'Break waiting: you are in a call')
    const asked = app.presenceToolCalls().filter((call) => call.command === 'pactl' && call.args[1] === 'source-outputs').length
    assert.ok(asked <= 7, `the microphone is asked at most once a minute (asked ${asked} times in 6 minutes near the break)`)
    app.setInCall(false)
    await app.clock.tick(minute)
    const page = await app.waitForWindow()
    await screenOf(page, 'heads-up')
    assert.equal(app.windows()[0].focused, false, 'the heads-up takes no keyboard')
    await app.clock.tick(minute)
    await screenOf(page, 'break')
    assert.equal(app.windows()[0].focused, false)
    await minutesPass(app, 3)
    assert.deepEqual(breakEvents(app), ['started'], 'offered once, never doubled')
  })
})

test('GNOME on Wayland: Do Not Disturb holds the break notification, and the break is announced after it', async () => {
  await withApp({ now: tuesdayMorning, settings: settled, world: { session: 'wayland', desktop: 'gnome' } }, async (app) => {
    app.setDoNotDisturb(true)
    await minutesPass(app, 50)
    assert.deepEqual(app.notifications(), [], 'nothing pops up while Do Not Disturb is on')
    assert.equal(statusLine(app), 'Break waiting: Do Not Disturb is on')
    app.setDoNotDisturb(false)
    await minutesPass(app, 2)
    assert.deepEqual(app.notifications().map((notification) => notification.title), ['A short break in 1 min', 'Time for a short break'])
  })
})

test('GNOME: a screen locked for longer than a break counts as one, though Electron never says so on Linux', async () => {
  await withApp({ now: tuesdayMorning, settings: settled, world: { session: 'wayland', desktop: 'gnome' } }, async (app) => {
    await minutesPass(app, 20)
    await app.setScreenLocked(true)
    await minutesPass(app, 15)
    await app.setScreenLocked(false)
    await app.clock.tick(minute)
    assert.match(statusLine(app), /^Next break in 4[45] min$/, 'the interval starts afresh from the return')
    await minutesPass(app, 30)
    assert.deepEqual(app.notifications(), [], 'no break was owed for the time before the lock')
  })
})

test('sway: Do Not Disturb and time away cannot be told; Settings says so, and breaks come as usual', async () => {
  await withApp({ now: tuesdayMorning, settings: settled, world: { session: 'wayland', desktop: 'sway' } }, async (app) => {
    app.setDoNotDisturb(true)
    await minutesPass(app, 45)
    assert.deepEqual(app.notifications().map((notification) => notification.title), ['A short break in 1 min', 'Time for a short break'])
    const page = await openFromTray(app, 'Settings')
    const holds = page.getByRole('region', { name: 'When a break waits' })
    await holds.getByText('This desktop does not say how long you have been away').waitFor()
    const cannotTell = (label) => holds.getByRole('checkbox', { name: label }).getAttribute('aria-describedby')
    assert.ok(await cannotTell('While Do Not Disturb is on'), 'Do Not Disturb: cannot tell')
    assert.ok(await cannotTell(/another app fills the screen/), 'fullscreen: cannot tell on Wayland')
    assert.equal(await cannotTell(/During calls/), null, 'a call can be told (pactl)')
  })
})

test('Windows: a call read from the consent store holds the break; locking the screen counts as a break', async () => {
  await withApp({ now: tuesdayMorning, settings: settled, world: { platform: 'win32' } }, async (app) => {
    app.setInCall(true)
    await minutesPass(app, 46)
    assert.equal(statusLine(app), 'Break waiting: you are in a call')
    assert.ok(app.presenceToolCalls().some((call) => call.command === 'reg'), 'the consent store was read')
    app.setInCall(false)
    await app.setScreenLocked(true)
    await minutesPass(app, 20)
    await app.setScreenLocked(false)
    await app.clock.tick(minute)
    assert.equal(app.windows().filter((window) => window.visible).length, 0, 'the lock was the break: nothing is owed')
    assert.match(statusLine(app), /^Next break in 4[45] min$/)
  })
})

test('macOS: a call cannot be told without native code; Settings says so and the break comes as usual', async () => {
  await withApp({ now: tuesdayMorning, settings: settled, world: { platform: 'darwin' } }, async (app) => {
    app.setInCall(true)
    await minutesPass(app, 45)
    const page = await app.waitForWindow()
    await screenOf(page, 'break')
    await app.tray.click('Settings')
    const holds = page.getByRole('region', { name: 'When a break waits' })
    await holds.getByRole('checkbox', { name: /During calls/ }).waitFor()
    assert.ok(await holds.getByRole('checkbox', { name: /During calls/ }).getAttribute('aria-describedby'))
    await holds.getByText('This computer does not say, so breaks come as usual.').first().waitFor()
  })
})

test('turning a hold off in Settings is kept, and that check is no longer made', async () => {
  await withApp({ now: tuesdayMorning, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Settings')
    const calls = page.getByRole('region', { name: 'When a break waits' }).getByRole('checkbox', { name: /During calls/ })
    assert.equal(await calls.isChecked(), true, 'on by default')
    await calls.uncheck()
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()
    await app.hideWindow?.()
    app.setInCall(true)
    const before = app.presenceToolCalls().length
    await minutesPass(app, 45)
    assert.equal(app.presenceToolCalls().slice(before).filter((call) => call.command === 'pactl').length, 0)
    assert.deepEqual(breakEvents(app), ['started'])
  })
})
