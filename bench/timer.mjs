/**
 * Break timer benchmark: how often the main process wakes, and how often it reads settings from disk, while
 * Kindbreak sits in the tray for 2 simulated hours; side by side, in the same run, with a reproduction of
 * the peers' approach (a 1 s `setInterval` tick that reads the settings file on every tick, as BreakTimer
 * does through electron-store).
 *
 *   npm run build && node bench/timer.mjs
 *
 * Not part of the test suite. Time is simulated: the real built app runs in the e2e harness with a manual
 * main-process clock, so every timer the app arms is counted (armed / fired) and two hours take seconds.
 * Disk reads are counted by wrapping node:fs in this process, which is also the app's main process here.
 */
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import Conf from 'conf'
import { launchApp } from '../tests/harness/index.mjs'
import { createManualClock } from '../tests/harness/clocks.mjs'

const minute = 60_000
const simulatedMinutes = 120
/** A Tuesday, 10:00 local time. */
const start = new Date(2025, 2, 4, 10, 0).getTime()

/** Counts reads of files named `settings.json`, however node:fs is reached (default or named imports). */
function countSettingsReads() {
  const counts = { reads: 0 }
  const isSettings = (file) => typeof file === 'string' && path.basename(file) === 'settings.json'
  const wrap = (owner, name, isRead) => {
    const original = owner[name]
    owner[name] = function counted(file, ...rest) {
      if (isSettings(String(file)) && isRead(rest)) counts.reads += 1
      return original.call(this, file, ...rest)
    }
  }
  const readFlags = (rest) => rest[0] === undefined || rest[0] === 'r' || rest[0] === 'r+'
  wrap(fs, 'readFileSync', () => true)
  wrap(fs, 'readFile', () => true)
  wrap(fs.promises, 'readFile', () => true)
  wrap(fs, 'openSync', readFlags)
  wrap(fs, 'createReadStream', () => true)
  syncBuiltinESMExports()
  return counts
}

const settingsReads = countSettingsReads()

/**
 * Kindbreak, launched and then left alone for two hours, one simulated minute at a time.
 * `everyMinute` can change the world on the way (the person leaves the desk…).
 */
async function kindbreak(label, { settings, trayClick, everyMinute, world } = {}) {
  const app = await launchApp({ now: start, settings, world })
  try {
    if (trayClick) await app.tray.click(trayClick)
    const timersBefore = app.clock.stats()
    const readsBefore = settingsReads.reads
    const notificationsBefore = app.notifications().length
    let popups = 0
    for (let elapsed = 1; elapsed <= simulatedMinutes; elapsed += 1) {
      everyMinute?.(app, elapsed)
      const windowsBefore = app.windows().length
      await app.clock.tick(minute)
      if (app.windows().length > windowsBefore) popups += 1
    }
    const eventsFile = path.join(app.userDataDir, 'break-events.jsonl')
    const records = fs.existsSync(eventsFile) ? fs.readFileSync(eventsFile, 'utf8').trim().split('\n').filter(Boolean).length : 0
    const timers = app.clock.stats()
    const errors = app.errors()
    if (errors.length > 0) throw new Error(`${label}: the app recorded errors: ${errors.join('\n')}`)
    return {
      label,
      wakes: timers.fired - timersBefore.fired,
      armed: timers.armed - timersBefore.armed,
      // Popups that appeared, lines in the break history, notifications: each may cost one wake of its own.
      events: records + popups + (app.notifications().length - notificationsBefore),
      settingsReads: settingsReads.reads - readsBefore,
      // System tools the presence checks ran (pactl, gdbus, gsettings, reg): each is a process started.
      toolRuns: app.presenceToolCalls().length,
    }
  } finally {
    await app.quit()
  }
}

/**
 * The peers' approach, reproduced: a 1 s interval tick compares now with a deadline and reads the settings
 * from an electron-store (`conf`) file on every tick. `cache: false` makes `get` read the file, which is
 * what electron-store did before it grew a cache and what BreakTimer's `getSettings()` pays on each tick.
 */
function onceASecondPoller() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-bench-peer-'))
  const store = new Conf({ cwd: dir, configName: 'settings', cache: false, defaults: { breakFrequencyMinutes: 45, breaksEnabled: true } })
  const clock = createManualClock(start)
  const readsBefore = settingsReads.reads
  let nextBreakAt = start + store.get('breakFrequencyMinutes') * minute
  let breaks = 0
  const tick = () => {
    // One read per tick (the whole store at once): a lower bound, BreakTimer reads more often than that.
    const settings = store.store
    if (settings.breaksEnabled && clock.now() >= nextBreakAt) {
      breaks += 1
      nextBreakAt = clock.now() + settings.breakFrequencyMinutes * minute
    }
    clock.setTimer(clock.now() + 1000, tick)
  }
  clock.setTimer(start + 1000, tick)
  clock.advance(simulatedMinutes * minute)
  const result = { label: '1 s tick reading settings (peer approach)', wakes: clock.stats.fired, armed: clock.stats.armed, events: breaks, settingsReads: settingsReads.reads - readsBefore }
  clock.dispose()
  fs.rmSync(dir, { recursive: true, force: true })
  return result
}

const rows = [
  await kindbreak('Kindbreak, at the desk, popups left unanswered'),
  // The daily rhythm on (issue 15): the moment at 11:00 and micro-pauses every 20 minutes, in the same one timer.
  await kindbreak('Kindbreak, at the desk, daily moment and micro-pauses', {
    settings: { schemaVersion: 1, schedule: { dailyMoment: { enabled: true, time: '11:00', opens: 'journal' }, microPauses: { enabled: true, everyMinutes: 20 } } },
  }),
  await kindbreak('Kindbreak, away from the desk (idle grows)', { everyMinute: (app, elapsed) => app.power.setIdleSeconds(elapsed * 60) }),
  await kindbreak('Kindbreak, breaks paused until resumed', { trayClick: 'Pause breaks > Until I resume' }),
  // Tuesdays from 14:00 only: the two hours from 10:00 are all outside working hours.
  await kindbreak('Kindbreak, outside working hours', { settings: { schemaVersion: 1, schedule: { workingHours: { enabled: true, days: [[], [], [{ start: '14:00', end: '18:00' }], [], [], [], []] } } } }),
  // A call from minute 40 to minute 70: the break due at 45 waits, and is offered after the call.
  await kindbreak('Kindbreak, in a call over the break (KDE)', { everyMinute: (app, elapsed) => app.setInCall(elapsed >= 40 && elapsed < 70) }),
  // Wayland outside Mutter and KWin: Electron reads no idle time, so the desktop is asked at each look.
  await kindbreak('Kindbreak, at the desk on sway (desktop asked)', { world: { session: 'wayland', desktop: 'sway' } }),
  onceASecondPoller(),
]

const print = (line = '') => process.stdout.write(`${line}\n`)
const pad = (value, width) => String(value).padStart(width)
print(`${simulatedMinutes} simulated minutes; machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}, load average ${os.loadavg()[0].toFixed(1)}`)
print(`${'scenario'.padEnd(48)} ${pad('wakes', 6)} ${pad('/min', 6)} ${pad('events', 6)} ${pad('budget', 6)} ${pad('settings reads', 14)} ${pad('tool runs', 9)}`)
for (const row of rows) {
  // The goal: at most one wake a minute plus one per event (popup shown, break recorded, notification).
  const budget = simulatedMinutes + row.events
  print(`${row.label.padEnd(48)} ${pad(row.wakes, 6)} ${pad((row.wakes / simulatedMinutes).toFixed(2), 6)} ${pad(row.events, 6)} ${pad(budget, 6)} ${pad(row.settingsReads, 14)} ${pad(row.toolRuns ?? '-', 9)}`)
}
const peer = rows.at(-1)
const ours = rows[0]
print(`\nPeer / Kindbreak (at the desk): ${(peer.wakes / ours.wakes).toFixed(0)}× the wake-ups; settings reads ${peer.settingsReads} vs ${ours.settingsReads}.`)
