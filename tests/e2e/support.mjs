// Shared steps for e2e tests: every test launches the real built app through the harness and checks that
// nothing went wrong along the way.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { launchApp } from '../harness/index.mjs'

/** Launches, runs `body`, asserts no errors were recorded and nothing reached for the network, and always quits. */
export async function withApp(options, body) {
  const app = await launchApp(options)
  try {
    await body(app)
    await app.quit()
    assert.deepEqual(app.errors(), [], 'the app recorded errors')
    assert.deepEqual(app.remoteRequests(), [], 'the app reached for the network')
  } finally {
    await app.quit()
  }
}

export function readSettingsFile(userDataDir) {
  return JSON.parse(fs.readFileSync(path.join(userDataDir, 'settings.json'), 'utf8'))
}

/** Opens the window from the tray as a person would and returns its page. */
export async function openFromTray(app, label) {
  await app.tray.click(label)
  return app.waitForWindow()
}

/** Presses Tab until `locator` has focus, as someone without a mouse would; fails if it is never reached. */
export async function tabTo(page, locator, { limit = 80 } = {}) {
  for (let step = 0; step < limit; step += 1) {
    if (await locator.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${locator}`)
}

/**
 * Windows made so far, and how many of them were ever shown. The window is made ready, hidden, once the app
 * has started, so an app nobody has opened yet counts { made: 1, shown: 0 }.
 */
export function windowCounts(app) {
  const world = app.inspect()
  return { made: world.createdWindows, shown: world.windows.filter((window) => window.everShown).length }
}

/**
 * Lets `count` breaks come (one every 45 minutes, the default), each closed by the person once it shows (a
 * skip), and returns the screen each opened. With the heads-up off (headsUpSeconds: 0), each break's window
 * opens on its practice.
 */
export async function breaksOpen(app, count) {
  const opened = []
  for (let n = 0; n < count; n += 1) {
    await app.clock.tick(45 * 60_000)
    const page = await app.waitForWindow()
    opened.push(await page.locator('main[data-screen]').getAttribute('data-screen'))
    app.inspect().windows[0].close()
    await eventually(() => app.windows().length === 0, { message: 'the break window never closed' })
  }
  return opened
}

/** Waits until `condition()` holds, for events that arrive on their own time (a route, a timer in the page). */
export async function eventually(condition, { timeout = 5_000, message = 'condition never held' } = {}) {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error(message)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/**
 * The refusal (code and parameters) inside an IPC error's message, as electron/common/refusals.ts marks it;
 * null when the message carries none. Tests assert codes, since the window, not main, words them.
 */
export function readRefusal(message) {
  const at = String(message).indexOf('kindbreak-refusal:')
  return at < 0 ? null : JSON.parse(String(message).slice(at + 'kindbreak-refusal:'.length))
}
