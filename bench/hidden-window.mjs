/**
 * What a hidden window costs: main-thread task and script time of the window's page, from the Chrome
 * DevTools Protocol's Performance.getMetrics (TaskDuration, ScriptDuration), over a span of real time.
 * For each kind of practice, side by side in one run:
 *   - running: the practice under way in the open window (what a hidden window would burn if it kept it);
 *   - hidden: the same practice, the window closed mid-way (the window puts its screen away on `rest`).
 *
 *   npm run build && node bench/hidden-window.mjs [seconds per measurement, default 20]
 *
 * Not part of the test suite (tests/e2e/hidden-window.test.mjs counts, never times). The page runs on its
 * real clock here, so frames, timers and audio run as they would on a desktop.
 */
import os from 'node:os'
import { launchApp } from '../tests/harness/index.mjs'

const seconds = Number(process.argv[2] ?? 20)
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false, sound: { enabled: true, volume: 40 } }

const practices = {
  Breathe: (page) => page.getByRole('button', { name: 'Start', exact: true }).click(),
  'Take a break now': (page) => page.getByRole('button', { name: 'Begin', exact: true }).click(),
  'Soothing touch': async () => {},
  'Reframe a thought': (page) => page.getByLabel('What is the critical voice saying?').fill('I always get this wrong.'),
}

/** Milliseconds of main-thread task and script time per second of wall time, over `seconds`. */
async function costPerSecond(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0
    return { task: value('TaskDuration'), script: value('ScriptDuration'), at: performance.now() }
  }
  const before = await read()
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  const after = await read()
  await cdp.detach()
  const wall = (after.at - before.at) / 1000
  return { task: ((after.task - before.task) * 1000) / wall, script: ((after.script - before.script) * 1000) / wall }
}

async function measure(practice, begin, closeFirst) {
  const app = await launchApp({ settings: settled })
  try {
    await app.tray.click(practice)
    const page = await app.waitForWindow()
    await begin(page)
    await new Promise((resolve) => setTimeout(resolve, 2000))
    if (closeFirst) {
      app.inspect().windows[0].close()
      await app.settle()
    }
    return await costPerSecond(page)
  } finally {
    await app.quit()
  }
}

const print = (line = '') => process.stdout.write(`${line}\n`)
print(`${seconds} s per measurement; ${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`)
print(`${'practice'.padEnd(20)} ${'running: task ms/s'.padStart(19)} ${'script'.padStart(7)} ${'hidden: task ms/s'.padStart(18)} ${'script'.padStart(7)}`)
for (const [practice, begin] of Object.entries(practices)) {
  const running = await measure(practice, begin, false)
  const hidden = await measure(practice, begin, true)
  print(`${practice.padEnd(20)} ${running.task.toFixed(2).padStart(19)} ${running.script.toFixed(2).padStart(7)} ${hidden.task.toFixed(2).padStart(18)} ${hidden.script.toFixed(2).padStart(7)}`)
}
