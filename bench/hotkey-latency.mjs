/**
 * Hotkey latency benchmark: from the global hotkey's callback to a visible window whose page has rendered
 * the home screen and painted a frame. Three paths, median and 90th percentile of N each:
 *   - reused: the window was used, hidden, and is shown again;
 *   - ready: the first press after start, the window having been made ready once start-up was over;
 *   - cold: the first press while the machine is still busy after start, before the window was made ready
 *     (the app's whenQuiet port never fires: what every first press cost before the window was made ready).
 * Ready and cold launches alternate, so a change of load weighs on both alike. Beside each, the memory of
 * the harness's Chromium before the press (bench/process-memory.mjs): what a ready window costs against none,
 * and what a used, hidden window costs all day anyway.
 *
 *   npm run build && node bench/hotkey-latency.mjs [N=15] [another build's out/ folder]
 *
 * Not part of the test suite. It runs the real built app in the e2e harness, where a "window" is a page of
 * Debian's Chromium driven by Playwright: figures compare the paths with each other, and include the
 * harness's own messaging; a real Electron window adds its native window creation on the cold path.
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { launchApp } from '../tests/harness/index.mjs'
import { chromiumMemory, pageHeapMiB } from './process-memory.mjs'

const samples = Number(process.argv[2] ?? 15)
/** Another build to measure (a folder like out/), for comparing two builds in one run. */
const outDir = process.argv[3]
const hotkey = 'CommandOrControl+Alt+K'
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

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

/** Chromium's memory now, with the JavaScript heap of the app's window if it has one. */
async function memory(app) {
  const [window] = app.inspect().windows
  return { ...chromiumMemory(), heapMiB: window ? await pageHeapMiB(await window.pageReady) : 0 }
}

/** A fresh start, a quiet second, then the first press: `busy` keeps the machine busy, so nothing is made ready. */
async function firstPress(busy) {
  const app = await launchApp({ outDir, busyAfterStart: busy })
  try {
    await pause(1_000)
    const expected = busy ? 0 : 1
    if (app.inspect().createdWindows !== expected) throw new Error(`expected ${expected} window(s) before the press`)
    const before = await memory(app)
    return { ms: await pressAndTime(app), memory: before }
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
  await pause(1_000)
  const before = await memory(app)
  return { ms: await pressAndTime(app), memory: before }
}

const runs = { cold: [], ready: [], reused: [] }
const loadAverages = [os.loadavg()[0]]
for (let i = 0; i < samples; i += 1) {
  runs.cold.push(await firstPress(true))
  runs.ready.push(await firstPress(false))
}
loadAverages.push(os.loadavg()[0])

const app = await launchApp({ outDir })
let browserVersion = 'unknown'
try {
  await pressAndTime(app)
  browserVersion = app.inspect().context.browser()?.version() ?? browserVersion
  for (let i = 0; i < samples; i += 1) runs.reused.push(await reused(app))
  if (app.inspect().createdWindows !== 1) throw new Error('the window was not reused')
  if (app.errors().length > 0) throw new Error(`the app recorded errors: ${app.errors().join('\n')}`)
} finally {
  await app.quit()
}
loadAverages.push(os.loadavg()[0])

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
  return { median: at(0.5), p90: at(0.9), min: sorted[0] ?? NaN }
}
const median = (values) => summary(values).median

const print = (line = '') => process.stdout.write(`${line}\n`)
const ms = (value) => `${value.toFixed(1)} ms`
const mib = (value) => `${value.toFixed(1)} MiB`
print(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${browserVersion}, headless`)
print(`load average (1 min) at the start, after the first presses, at the end: ${loadAverages.map((load) => load.toFixed(1)).join(', ')}`)
print(`N = ${samples} each; cold and ready launches alternate`)
const paths = [['reused window', runs.reused], ['ready window', runs.ready], ['cold window', runs.cold]]
for (const [label, values] of paths) {
  const { median: middle, p90, min } = summary(values.map((run) => run.ms))
  print(`${label.padEnd(14)} median ${ms(middle).padStart(9)}   p90 ${ms(p90).padStart(9)}   min ${ms(min).padStart(9)}`)
}
const coldOverReady = median(runs.cold.map((run) => run.ms)) / median(runs.ready.map((run) => run.ms))
print(`cold / ready (median): ${coldOverReady.toFixed(1)}×   ready / reused: ${(median(runs.ready.map((run) => run.ms)) / median(runs.reused.map((run) => run.ms))).toFixed(1)}×`)
print()
print('private memory before the press (median): Chromium in all, its renderers for pages, the page\'s own renderer; the page\'s JS heap')
const memoryPaths = [['no window yet', runs.cold], ['ready window', runs.ready], ['used, hidden', runs.reused]]
for (const [label, values] of memoryPaths) {
  const pick = (key) => median(values.map((run) => run.memory[key]))
  print(`${label.padEnd(14)} total ${mib(pick('totalMiB')).padStart(10)}   renderers ${String(pick('renderers')).padStart(2)}   page's renderer ${mib(pick('pageMiB')).padStart(9)}   heap ${mib(pick('heapMiB')).padStart(9)}`)
}
const cost = (key) => median(runs.ready.map((run) => run.memory[key])) - median(runs.cold.map((run) => run.memory[key]))
print(`a ready window costs: ${mib(cost('pageMiB'))} in its page's renderer (${mib(cost('totalMiB'))} in all of this Chromium)`)
