/**
 * Hotkey latency benchmark: from the global hotkey's callback to a visible window whose page has rendered
 * the home screen and painted a frame, for the reused window (hidden, then shown again) and for a cold one
 * (the first press after start, when the window does not exist yet). Median and 90th percentile of N.
 *
 *   npm run build && node bench/hotkey-latency.mjs [N=15]
 *
 * Not part of the test suite. It runs the real built app in the e2e harness, where a "window" is a page of
 * Debian's Chromium driven by Playwright: figures compare the two paths with each other, and include the
 * harness's own messaging; a real Electron window adds its native window creation on the cold path.
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { launchApp } from '../tests/harness/index.mjs'

const samples = Number(process.argv[2] ?? 15)
/** Another build to measure (a folder like out/), for comparing two builds in one run. */
const outDir = process.argv[3]
const hotkey = 'CommandOrControl+Alt+K'

/** Presses the hotkey as the OS would (its callback, without the harness's settling pauses) and times it. */
async function pressAndTime(app) {
  const world = app.inspect()
  const callback = world.hotkeys.get(hotkey)
  if (!callback) throw new Error(`${hotkey} is not registered`)
  const shown = world.nextShownWindow()
  const pressedAt = performance.now()
  callback()
  const window = await shown
  const page = await window.pageReady
  await page.waitForFunction(() => document.querySelector('main')?.dataset.screen === 'home' && (document.getElementById('root')?.childElementCount ?? 0) > 0, null, { polling: 'raf', timeout: 10_000 })
  // A frame painted with that content: two animation frames after it is in the DOM.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  const elapsed = performance.now() - pressedAt
  if (!window.isVisible()) throw new Error('the window is not visible')
  return elapsed
}

async function cold() {
  const app = await launchApp({ outDir })
  try {
    return await pressAndTime(app)
  } finally {
    await app.quit()
  }
}

async function reused(app) {
  // Away on another screen and hidden, as after a practice: the hotkey must bring home back.
  await app.tray.click('Settings')
  await app.inspect().windows[0].pageReady.then((page) => page.locator('main[data-screen="settings"]').waitFor())
  app.inspect().windows[0].hide()
  await app.settle()
  return pressAndTime(app)
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
  return { median: at(0.5), p90: at(0.9), min: sorted[0] ?? NaN }
}

const coldTimes = []
for (let i = 0; i < samples; i += 1) coldTimes.push(await cold())

const app = await launchApp({ outDir })
const reusedTimes = []
let browserVersion = 'unknown'
try {
  await pressAndTime(app)
  browserVersion = app.inspect().context.browser()?.version() ?? browserVersion
  for (let i = 0; i < samples; i += 1) reusedTimes.push(await reused(app))
  if (app.inspect().createdWindows !== 1) throw new Error('the window was not reused')
  if (app.errors().length > 0) throw new Error(`the app recorded errors: ${app.errors().join('\n')}`)
} finally {
  await app.quit()
}

const print = (line = '') => process.stdout.write(`${line}\n`)
const ms = (value) => `${value.toFixed(1)} ms`
print(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${browserVersion}, headless, load average ${os.loadavg()[0].toFixed(1)}`)
print(`N = ${samples} each`)
for (const [label, values] of [['reused window', reusedTimes], ['cold window', coldTimes]]) {
  const { median, p90, min } = summary(values)
  print(`${label.padEnd(14)} median ${ms(median).padStart(9)}   p90 ${ms(p90).padStart(9)}   min ${ms(min).padStart(9)}`)
}
print(`cold / reused (median): ${(summary(coldTimes).median / summary(reusedTimes).median).toFixed(1)}×`)
