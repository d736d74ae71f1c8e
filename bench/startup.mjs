// Start-up cost and bundle sizes: time from startApp to a ready tray, and to the first painted window,
// over several launches of the real built app through the harness; gzip sizes of every bundle.
// Run: npm run build && node bench/startup.mjs [launches]
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { launchApp } from '../tests/harness/index.mjs'
import { bundleSizes } from './bundle-sizes.mjs'

const launches = Number(process.argv[2] ?? 7)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tray = []
  const paint = []
  for (let i = 0; i < launches; i += 1) {
    const started = performance.now()
    // Busy after start: the tray's own start-up, without the window the app makes ready once it is over
    // (bench/hotkey-latency.mjs measures that one), so the press below takes the cold path.
    const app = await launchApp({ settings: { firstRun: { welcomed: true, backdraftNoteSeen: true } }, busyAfterStart: true })
    tray.push(performance.now() - started)
    const asked = performance.now()
    await app.pressHotkey()
    const page = await app.waitForWindow()
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    paint.push(performance.now() - asked)
    await app.quit()
  }
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  console.log(`| measure (median of ${launches}) | ms |\n|---|---|`)
  console.log(`| launch → tray ready (includes starting Chromium for the harness) | ${median(tray).toFixed(0)} |`)
  console.log(`| hotkey → first window painted (cold window) | ${median(paint).toFixed(0)} |`)
  console.log('\n| bundle | bytes | gzip |\n|---|---|---|')
  for (const { file, bytes, gzip } of bundleSizes()) console.log(`| ${file} | ${bytes} | ${gzip} |`)
}
