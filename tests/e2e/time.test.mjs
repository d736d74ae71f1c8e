// Time as a tray app meets it: long idle stretches, a whole week, daylight-saving changes in two time zones,
// sleep storms and a wall clock set a day forward or back. No missed breaks, no doubled ones, no storms.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import path from 'node:path'
import { test } from 'node:test'
import { withApp } from './support.mjs'

const minute = 60_000
const hour = 60 * minute
const settled = { firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }

function breakEvents(dir) {
  const file = path.join(dir, 'break-events.jsonl')
  if (!fs.existsSync(file)) return []
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
}

/**
 * A person who takes each break that appears, and otherwise leaves the computer to its work. Time moves in
 * steps of `step`, or straight to the app's next timer when that is further away (nights, weekends): nothing
 * can happen in between, and every timer still fires at its own instant.
 */
async function takeBreaksFor(app, duration, step) {
  let popups = 0
  const end = app.clock.now() + duration
  while (app.clock.now() < end) {
    const next = app.clock.deadlines()[0] ?? end
    await app.clock.tick(Math.min(end - app.clock.now(), Math.max(step, next - app.clock.now())))
    const [shown] = app.windows()
    if (!shown) continue
    popups += 1
    assert.equal(shown.focused, false, 'a timed popup never takes the keyboard')
    const screen = await shown.page.locator('main').getAttribute('data-screen')
    if (screen !== 'heads-up') {
      await shown.page.evaluate(async () => {
        await window.kindbreak.practiceFinished({ completed: true })
        await window.kindbreak.hideWindow()
      })
      await app.settle()
    }
  }
  return popups
}

test('eight idle hours: at most one wake-up a minute plus one per event, and no settings read from disk', { timeout: 300_000 }, async () => {
  await withApp({ now: Date.UTC(2026, 10, 26, 8, 0), settings: settled }, async (app) => {
    const settingsFile = path.join(app.userDataDir, 'settings.json')
    const originalRead = fs.readFileSync
    let settingsReads = 0
    fs.readFileSync = function countingRead(file, ...rest) {
      if (String(file) === settingsFile) settingsReads += 1
      return originalRead.call(this, file, ...rest)
    }
    syncBuiltinESMExports()
    try {
      const before = app.clock.stats()
      await takeBreaksFor(app, 8 * hour, 5 * minute)
      const wakes = app.clock.stats().fired - before.fired
      const starts = breakEvents(app.userDataDir).filter((event) => event.kind === 'started').length
      // Each break brings a heads-up, its start and its end; everything else is the once-a-minute look.
      const budget = 8 * 60 + 3 * starts
      assert.ok(starts >= 9, `breaks kept coming (${starts})`)
      assert.ok(wakes <= budget, `${wakes} wake-ups in 8 hours (budget ${budget})`)
      assert.equal(settingsReads, 0, 'settings are read from memory')
    } finally {
      fs.readFileSync = originalRead
      syncBuiltinESMExports()
    }
  })
})

for (const { zone, start } of [
  { zone: 'America/New_York', start: Date.UTC(2026, 2, 5, 14, 0) },
  { zone: 'Europe/Madrid', start: Date.UTC(2026, 2, 26, 8, 0) },
]) {
  test(`a working week across the daylight-saving change in ${zone}: no missed, doubled or out-of-hours breaks`, { timeout: 600_000 }, async () => {
    const previousZone = process.env.TZ
    process.env.TZ = zone
    try {
      const workingDays = Array.from({ length: 7 }, (_, day) => (day === 0 || day === 6 ? [] : [{ start: '09:00', end: '17:00' }]))
      const settings = {
        ...settled,
        schedule: {
          intervalMinutes: 45, breakLengthMinutes: 3, headsUpSeconds: 60, snoozeMinutes: 5, maxSnoozes: null,
          strict: false, naturalBreaks: true, workingHours: { enabled: true, days: workingDays },
        },
      }
      await withApp({ now: start, settings }, async (app) => {
        await takeBreaksFor(app, 7 * 24 * hour, 15 * minute)
        const starts = breakEvents(app.userDataDir).filter((event) => event.kind === 'started').map((event) => event.at)
        const local = (at) => new Date(at)
        for (const at of starts) {
          const when = local(at)
          const minutes = when.getHours() * 60 + when.getMinutes()
          assert.ok(when.getDay() !== 0 && when.getDay() !== 6, `no break at the weekend (${when.toString()})`)
          assert.ok(minutes >= 9 * 60 && minutes <= 17 * 60, `no break outside working hours (${when.toString()})`)
        }
        // Within a working day, breaks keep their rhythm: never doubled, never a missed one.
        for (let i = 1; i < starts.length; i += 1) {
          const gap = starts[i] - starts[i - 1]
          const sameDay = local(starts[i]).toDateString() === local(starts[i - 1]).toDateString()
          assert.ok(gap >= 44 * minute, `breaks ${new Date(starts[i - 1]).toISOString()} and ${new Date(starts[i]).toISOString()} are not doubled`)
          if (sameDay) assert.ok(gap <= 45 * minute + 3 * minute + 20 * minute, `no break missed between ${local(starts[i - 1])} and ${local(starts[i])}`)
        }
        // Five working days of eight hours hold about ten breaks each.
        assert.ok(starts.length >= 40 && starts.length <= 55, `${starts.length} breaks in the working week`)
      })
    } finally {
      if (previousZone === undefined) delete process.env.TZ
      else process.env.TZ = previousZone
    }
  })
}

// Windows: it tells the app about locks as well as sleeps (on Linux Electron has no lock events).
test('a storm of sleeps, wakes and locks, and the clock set a day forward and back: no popup storm, no stuck timer', { timeout: 300_000 }, async () => {
  await withApp({ now: Date.UTC(2026, 10, 26, 8, 0), settings: settled, world: { platform: 'win32' } }, async (app) => {
    await app.clock.tick(20 * minute)
    for (let i = 0; i < 50; i += 1) {
      await app.power.emit(i % 2 === 0 ? 'suspend' : 'lock-screen')
      await app.clock.tick(30_000)
      await app.power.emit(i % 2 === 0 ? 'resume' : 'unlock-screen')
    }
    assert.ok(app.windows().length <= 1, 'at most one popup after the storm')
    assert.equal(app.clock.pending() <= 2, true, 'no timers piled up')

    await app.clock.jump(24 * hour)
    await app.clock.tick(2 * minute)
    assert.ok(app.windows().length <= 1, 'no storm after a jump forward')
    let popups = await takeBreaksFor(app, 60 * minute, minute)
    assert.ok(popups >= 1, 'breaks come again within the hour after a jump forward')

    await app.clock.jump(-24 * hour)
    await app.clock.tick(2 * minute)
    popups = await takeBreaksFor(app, 60 * minute, minute)
    assert.ok(popups >= 1, 'breaks come again within the hour after a jump back (never stuck)')
    const starts = breakEvents(app.userDataDir).filter((event) => event.kind === 'started').map((event) => event.at)
    for (let i = 1; i < starts.length; i += 1) assert.notEqual(starts[i], starts[i - 1], 'no break recorded twice')
  })
})
