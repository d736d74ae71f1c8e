/**
 * Main-thread benchmark: how long main's event loop is held up, and how late a tray click is answered,
 * while the journal starts with 10k and 100k entries, searches, deletes (and rewrites the file without the
 * deleted words), exports and imports. Optionally a second build (another out/ folder) is measured the same
 * way in the same run, for a side-by-side comparison.
 *
 *   npm run build && node bench/main-thread.mjs [another build's out/ folder | -] [sizes, default 10000,100000]
 *
 * Method: the real built app runs in this process against the e2e harness's fake electron, so this process
 * IS the app's main process. perf_hooks.monitorEventLoopDelay (1 ms resolution) runs during each operation.
 * Meanwhile the tray icon is clicked every 50 ms, from a timer, as the OS would deliver it (on KDE, where a
 * left click activates the app: it brings the window forward): a click's latency is from when its timer was
 * due to when its handler had done so. The window stays on the journal screen, so the clicks add no work
 * of their own in the window. A start with an empty journal is measured first, as the baseline the app's
 * own start (and the harness's) costs either way. Requests
 * are made as the window makes them (window.kindbreak.*, through the harness's IPC bridge). The harness's
 * own work (Playwright's CDP traffic for those requests) runs on this loop too, so figures are an upper
 * bound on what Electron's main would see; both builds pay it alike.
 * Not part of the test suite.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { fakeWorld } from '../tests/harness/fake-electron/world.mjs'
import { launchApp } from '../tests/harness/index.mjs'

const otherBuild = process.argv[2] && process.argv[2] !== '-' ? process.argv[2] : undefined
const sizes = (process.argv[3] ?? '10000,100000').split(',').map(Number)
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }
const CLICK_EVERY_MS = 50
const start = Date.now()

const entry = (n) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, schemaVersion: 1, createdAt: start - n * 600_000, updatedAt: start - n * 600_000,
  harshVoice: `Entry ${n}: I keep getting things wrong at work and everyone can see it, ${n % 7 === 0 ? 'again' : 'today'}.`,
  kindReply: `Entry ${n}: you are learning, and one hard day does not say who you are.`,
  feelings: n % 2 ? ['anxious'] : ['sad'], thinkingTraps: n % 3 ? [] : ['labelling'], intensityBefore: n % 10,
})

function backupOf(count) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-bench-backup-')), `backup-${count}.json`)
  fs.writeFileSync(file, JSON.stringify({ format: 'kindbreak-journal', formatVersion: 1, exportedAt: start, entries: Array.from({ length: count }, (_, n) => entry(n)) }))
  return file
}

const world = { session: 'wayland', desktop: 'kde' }
/** The tray icon of the launch in progress, once the app has made it. */
const trayIcon = () => (fakeWorld.current?.closed ? undefined : fakeWorld.current?.trays?.[0])

/** Clicks the tray icon every 50 ms (once there is one) until stopped; returns each click's latency (ms). */
function clickTrayMeanwhile() {
  const latencies = []
  let stopped = false
  let timer
  const next = () => {
    const due = performance.now() + CLICK_EVERY_MS
    timer = setTimeout(() => {
      const icon = trayIcon()
      if (icon) {
        icon.leftClick()
        latencies.push(performance.now() - due)
      }
      if (!stopped) next()
    }, CLICK_EVERY_MS)
  }
  next()
  return () => {
    stopped = true
    clearTimeout(timer)
    return latencies
  }
}

/** Starts watching the loop and clicking the tray; the function returned stops and gives the figures. */
function startWatching() {
  const delay = monitorEventLoopDelay({ resolution: 1 })
  delay.enable()
  const stopClicks = clickTrayMeanwhile()
  const began = performance.now()
  return () => {
    const took = performance.now() - began
    const clicks = stopClicks()
    delay.disable()
    const sorted = [...clicks].sort((a, b) => a - b)
    return {
      took,
      p99: delay.percentile(99) / 1e6,
      max: delay.max / 1e6,
      clicks: clicks.length,
      clickMedian: sorted[Math.floor(sorted.length / 2)] ?? NaN,
      clickMax: sorted.at(-1) ?? NaN,
    }
  }
}

/** A loop held up at the very end is only sampled when its late timer finally runs. */
const lastSample = () => new Promise((resolve) => setTimeout(resolve, 5))

/** Runs `operation` with the loop watched and the tray clicked; returns its figures. */
async function watch(operation) {
  const stop = startWatching()
  await operation()
  await lastSample()
  return stop()
}

const journalFile = (dir) => path.join(dir, 'journal.jsonl')
const inode = (file) => fs.statSync(file).ino

async function journalPage(app) {
  await app.tray.click('Journal')
  const page = await app.inspect().windows[0].pageReady
  await page.locator('main[data-screen="journal"]').waitFor()
  return page
}

const ask = (page, name, ...args) => page.evaluate(([request, params]) => window.kindbreak[request](...params), [name, args])

async function waitFor(condition, timeoutMs) {
  const until = performance.now() + timeoutMs
  while (!condition() && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
}

async function measureBuild(label, outDir, size, backup) {
  const rows = []
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-bench-main-'))
  let app
  let page
  try {
    rows.push(['start, empty journal', await watch(async () => {
      app = await launchApp({ outDir, userDataDir, settings: settled, world })
      page = await journalPage(app)
      await ask(page, 'journalHistory', { page: 0 })
    })])
    app.dialogs.answerNext({ canceled: false, filePaths: [backup] })
    rows.push(['import (all new)', await watch(() => ask(page, 'importJournal'))])
    await app.quit()

    // Start: from launch until the journal answers with every entry (its opening and first fold included);
    // the tray is clicked from the moment it exists. "start, empty journal" above is what the rest costs.
    let started
    rows.push([`start, ${size.toLocaleString('en')} entries`, await watch(async () => {
      started = await launchApp({ outDir, userDataDir, world })
      page = await journalPage(started)
      const { total } = await ask(page, 'journalHistory', { page: 0 })
      if (total !== size) throw new Error(`${label}: ${total} entries after start, not ${size}`)
    })])
    app = started
    // Let the search warm-up (and anything else the start left) finish before the next figure.
    await new Promise((resolve) => setTimeout(resolve, size / 10))

    rows.push(['search (5 queries)', await watch(async () => {
      for (const text of ['wrong again', 'learning', 'entry 4242', 'zebra', 'everyone']) await ask(page, 'journalHistory', { page: 0, text })
    })])
    const before = inode(journalFile(userDataDir))
    rows.push(['delete + rewrite', await watch(async () => {
      const deleted = await ask(page, 'deleteJournalEntry', entry(size - 1).id)
      if (!deleted.ok) throw new Error(`${label}: delete failed`)
      // The deleted words leave the disk on the next turn: wait for the rewritten file (a new inode).
      await waitFor(() => inode(journalFile(userDataDir)) !== before, 30_000)
    })])
    const exported = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-bench-export-')), 'export.json')
    app.dialogs.answerNext({ canceled: false, filePath: exported })
    rows.push(['export (JSON)', await watch(() => ask(page, 'exportJournal', { format: 'json' }))])
    app.dialogs.answerNext({ canceled: false, filePaths: [backup] })
    rows.push(['import (all known)', await watch(() => ask(page, 'importJournal'))])
    if (app.errors().length > 0) throw new Error(`${label}: the app recorded errors: ${app.errors().join('\n')}`)
  } finally {
    await app?.quit()
    fs.rmSync(userDataDir, { recursive: true, force: true })
  }
  return rows
}

const print = (line = '') => process.stdout.write(`${line}\n`)
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 100 ? 1 : 0)}` : '–')
print(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`)
print('figures in ms; loop = main event-loop delay (p99 / max); click = tray click latency (median / max) over the clicks during the operation')
const builds = [['this build', undefined], ...(otherBuild ? [[`other (${otherBuild})`, otherBuild]] : [])]
for (const size of sizes) {
  const backup = backupOf(size)
  print(`\n### ${size.toLocaleString('en')} entries`)
  print('| operation | build | took | loop p99 | loop max | clicks | click median | click max |')
  print('|---|---|---:|---:|---:|---:|---:|---:|')
  for (const [label, outDir] of builds) {
    for (const [operation, r] of await measureBuild(label, outDir, size, backup)) {
      print(`| ${operation} | ${label} | ${ms(r.took)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.clicks} | ${ms(r.clickMedian)} | ${ms(r.clickMax)} |`)
    }
  }
  fs.rmSync(path.dirname(backup), { recursive: true, force: true })
}
