// Breathing guide measurements, run by hand after a build (not part of npm test):
//
//   npm run build && node bench/breathing.mjs [--drift-minutes 30] [--frames-minutes 2] [--launches 5]
//
// Everything runs in real Chromium (Debian's, through the e2e harness) on the real clock: no page clock,
// no compressed time. A 30-minute drift figure therefore takes 30 minutes; that is the honest way to
// show that nothing accumulates, since the only thing that could drift is state carried from frame to
// frame, and the only way to see that it is not there is to let the frames happen.
//
// 1. Bundle: the renderer's JavaScript and CSS, raw and gzip -9.
// 2. First paint: a window opened straight onto the breathing screen (`--breathe`), first-contentful-paint
//    from the page's own paint timing (the app draws nothing until its state arrives, so the first
//    content painted is the breathing screen); and switching from home to Breathe, click to the first
//    animation frame after the screen is in the DOM.
// 3. Frames: a paced 2-minute session; every animation frame's timestamp (intervals over 1.5 × the median
//    count as dropped), every long task (PerformanceObserver 'longtask', > 50 ms), and every long animation
//    frame with the time its scripts took (to tell the app's own work from waiting for a CPU).
// 4. Frame cost: the same session's frames played back to back on the page clock; wall time per frame
//    bounds the app's own work per frame from above, whatever else the machine is doing.
// 5. Drift: a paced session left running; for each announced phase, how late it came after its exact
//    boundary (start + n × pattern), measured on performance.now(). Drift is the change in the median
//    lateness between the first minute and the fifth, and the first and the last.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import zlib from 'node:zlib'
import { launchApp } from '../tests/harness/index.mjs'
import { expectedAnnouncements, presets, readBreathing, recordBreathing } from './breathing-page.mjs'

const { values: options } = parseArgs({
  options: {
    'drift-minutes': { type: 'string', default: '30' },
    'frames-minutes': { type: 'string', default: '2' },
    launches: { type: 'string', default: '5' },
  },
})
const driftMinutes = Number(options['drift-minutes'])
const framesMinutes = Number(options['frames-minutes'])
const launches = Number(options.launches)
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const box = presets[0]
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)]
}
const round = (value, digits = 1) => Number(value.toFixed(digits))
// Progress goes to stderr directly: the harness treats console.error as an app error.
const log = (message) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`)

function bundleSizes() {
  const assets = path.join(repoRoot, 'out', 'renderer', 'assets')
  const sizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } }
  for (const name of fs.readdirSync(assets)) {
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null
    if (kind === null) continue
    const bytes = fs.readFileSync(path.join(assets, name))
    sizes[kind].raw += bytes.length
    sizes[kind].gzip += zlib.gzipSync(bytes, { level: 9 }).length
  }
  return sizes
}

async function withBenchApp(launchOptions, body) {
  const app = await launchApp(launchOptions)
  try {
    const result = await body(app)
    if (app.errors().length > 0) throw new Error(`the app recorded errors: ${app.errors().join('\n')}`)
    return result
  } finally {
    await app.quit()
  }
}

async function firstPaint() {
  const cold = []
  const switches = []
  let chromium = null
  for (let launch = 0; launch < launches; launch += 1) {
    await withBenchApp({ argv: ['--breathe'] }, async (app) => {
      const page = await app.waitForWindow()
      await page.getByRole('heading', { level: 1, name: 'Breathe' }).waitFor()
      chromium ??= page.context().browser()?.version() ?? null
      cold.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN))
      // Back home, then into Breathe the way a person does it.
      await page.getByRole('button', { name: 'Back to the start' }).click()
      await page.getByRole('heading', { level: 1, name: 'Kindbreak' }).waitFor()
      const switchMs = await page.evaluate(
        () =>
          new Promise((resolve) => {
            let clickedAt = 0
            const observer = new MutationObserver(() => {
              if (!document.querySelector('.breathe-picker')) return
              observer.disconnect()
              requestAnimationFrame(() => resolve(performance.now() - clickedAt))
            })
            observer.observe(document.body, { childList: true, subtree: true })
            const button = [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Breathe'))
            clickedAt = performance.now()
            button.click()
          }),
      )
      switches.push(switchMs)
    })
  }
  return { chromium, coldFirstContentfulPaintMs: cold.map((ms) => round(ms)), homeToBreatheFrameMs: switches.map((ms) => round(ms)) }
}

/** Opens Breathe, picks a pattern and length, starts recording, and starts the session. */
async function startSession(app, lengthName) {
  const page = await app.waitForWindow()
  await page.getByRole('heading', { level: 1, name: 'Breathe' }).waitFor()
  await page.getByRole('radio', { name: box.name }).check()
  await page.getByRole('radio', { name: lengthName }).check()
  await recordBreathing(page)
  return page
}

async function framesAndLongTasks() {
  return withBenchApp({ argv: ['--breathe'] }, async (app) => {
    const page = await startSession(app, `${framesMinutes} minute${framesMinutes === 1 ? '' : 's'}`)
    await page.evaluate(() => {
      const watch = { frames: [], longTasks: [], longFrames: [] }
      window.__watch = watch
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) watch.longTasks.push({ at: entry.startTime, ms: entry.duration })
      }).observe({ type: 'longtask', buffered: true })
      // Long animation frames name the scripts that ran in them, which tells the app's own work apart
      // from time the renderer spent waiting for a CPU on a busy machine.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          watch.longFrames.push({ at: entry.startTime, ms: entry.duration, scriptMs: entry.scripts.reduce((total, script) => total + script.duration, 0) })
        }
      }).observe({ type: 'long-animation-frame', buffered: true })
      const frame = (time) => {
        watch.frames.push(time)
        if (!document.querySelector('.breathe-closing')) requestAnimationFrame(frame)
      }
      requestAnimationFrame(frame)
    })
    // `buffered` observers also report what happened while the window loaded; the goal is about the session.
    await page.evaluate(() => { window.__watch.sessionFrom = performance.now() })
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    log(`frames: a ${framesMinutes}-minute session is running`)
    await page.getByRole('heading', { name: 'Breathing finished' }).waitFor({ timeout: framesMinutes * 60_000 + 30_000 })
    const watch = await page.evaluate(() => window.__watch)
    const intervals = watch.frames.slice(1).map((time, index) => time - watch.frames[index])
    const nominal = median(intervals)
    const late = intervals.filter((interval) => interval > nominal * 1.5)
    const missedFrames = late.reduce((total, interval) => total + Math.round(interval / nominal) - 1, 0)
    const { announced } = await readBreathing(page)
    const expected = expectedAnnouncements(box.phases, framesMinutes * 60_000)
    const inSession = (entry) => entry.at >= watch.sessionFrom
    const longTasks = watch.longTasks.filter(inSession)
    const longFrames = watch.longFrames.filter(inSession)
    const longest = (entries, key) => (entries.length === 0 ? 0 : round(Math.max(...entries.map((entry) => entry[key]))))
    const lateness = announced.map((entry, index) => entry.atMs - expected[index].atMs)
    return {
      frames: watch.frames.length,
      medianFrameIntervalMs: round(nominal, 2),
      longestFrameIntervalMs: round(Math.max(...intervals), 1),
      intervalsOverOneAndHalfFrames: late.length,
      missedFrames,
      missedFramePercent: round((100 * missedFrames) / (watch.frames.length + missedFrames), 3),
      longTasks: longTasks.length,
      longestLongTaskMs: longest(longTasks, 'ms'),
      longAnimationFrames: longFrames.length,
      mostScriptTimeInALongFrameMs: longest(longFrames, 'scriptMs'),
      longTasksWhileLoading: watch.longTasks.length - longTasks.length,
      longestLongTaskWhileLoadingMs: longest(watch.longTasks.filter((entry) => !inSession(entry)), 'ms'),
      announcements: announced.length,
      expectedAnnouncements: expected.length,
      maxAnnouncementLatenessMs: round(Math.max(...lateness), 2),
    }
  })
}

/** Median and worst lateness of the phases that began within [fromMinute, toMinute). */
function latenessBetween(lateness, fromMinute, toMinute) {
  const late = lateness.filter((entry) => entry.atMs >= fromMinute * 60_000 && entry.atMs < toMinute * 60_000).map((entry) => entry.lateMs)
  return { count: late.length, medianMs: round(median(late), 2), maxMs: round(Math.max(...late), 2) }
}

async function drift() {
  return withBenchApp({ argv: ['--breathe'] }, async (app) => {
    const page = await startSession(app, 'Until I stop')
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    const untilMs = driftMinutes * 60_000
    for (let minute = 1; minute <= driftMinutes; minute += 1) {
      await sleep(60_000)
      log(`drift: ${minute} of ${driftMinutes} minutes`)
    }
    await sleep(2_000)
    const { announced } = await readBreathing(page)
    const expected = expectedAnnouncements(box.phases, untilMs + 2_000)
    if (announced.some((entry, index) => entry.text !== expected[index]?.text)) throw new Error('the phases were not announced in order')
    const lateness = announced
      .map((entry, index) => ({ atMs: expected[index].atMs, lateMs: entry.atMs - expected[index].atMs }))
      .filter((entry) => entry.atMs < untilMs)
    const perMinute = Array.from({ length: driftMinutes }, (_, minute) => latenessBetween(lateness, minute, minute + 1))
    // Least-squares slope of lateness against time: a clock that drifts shows up as a slope.
    const meanAt = lateness.reduce((total, entry) => total + entry.atMs, 0) / lateness.length
    const meanLate = lateness.reduce((total, entry) => total + entry.lateMs, 0) / lateness.length
    const slope =
      lateness.reduce((total, entry) => total + (entry.atMs - meanAt) * (entry.lateMs - meanLate), 0) /
      lateness.reduce((total, entry) => total + (entry.atMs - meanAt) ** 2, 0)
    // Drift: how much later a phase comes in a given minute than in the first one (medians, so that a
    // frame lost to a busy machine in either minute does not pass for drift).
    const driftBy = (minute) => round(perMinute[minute - 1].medianMs - perMinute[0].medianMs, 2)
    return {
      minutes: driftMinutes,
      announcements: lateness.length,
      allPhases: latenessBetween(lateness, 0, driftMinutes),
      driftMsAt5Minutes: driftMinutes >= 5 ? driftBy(5) : null,
      driftMsAtEnd: driftBy(driftMinutes),
      latenessSlopeMsPerHour: round(slope * 3_600_000, 3),
      medianLatenessByMinuteMs: perMinute.map((minute) => minute.medianMs),
      maxLatenessByMinuteMs: perMinute.map((minute) => minute.maxMs),
    }
  })
}

/**
 * The app's own work per frame, bounded from above: with the page clock frozen, runFor plays every
 * animation frame of a 2-minute session back to back (a frame each 16 ms of page time), so the wall time
 * it takes is the app's frame callbacks, its renders at phase changes, and the page clock's bookkeeping.
 */
async function frameCost() {
  return withBenchApp({ argv: ['--breathe'], now: Date.UTC(2025, 0, 6, 10) }, async (app) => {
    const page = await startSession(app, '2 minutes')
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000)
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    const sessionMs = 2 * 60_000
    const started = performance.now()
    await page.clock.runFor(sessionMs)
    const wallMs = performance.now() - started
    const frames = sessionMs / 16
    return { simulatedFrames: frames, wallMs: round(wallMs), upperBoundPerFrameMs: round(wallMs / frames, 3) }
  })
}

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: round(os.totalmem() / 2 ** 30, 1),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  load1m: round(os.loadavg()[0], 2),
}
log('bundle')
const bundle = bundleSizes()
log('first paint')
const paint = await firstPaint()
log('frames and long tasks')
const frames = await framesAndLongTasks()
log('frame cost')
const cost = await frameCost()
log('drift')
const phaseDrift = await drift()
process.stdout.write(`${JSON.stringify({ date: new Date().toISOString(), machine, bundle, paint, frames, frameCost: cost, drift: phaseDrift }, null, 2)}\n`)
