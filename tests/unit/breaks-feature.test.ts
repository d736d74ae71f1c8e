import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BreakEvent } from '../../electron/core/break-events'
import { mainText } from '../../electron/core/main-text'
import type { Rectangle } from '../../electron/core/popup-position'
import type { Screen } from '../../electron/core/screens'
import { defaultSettings, type Settings } from '../../electron/core/settings'
import { startBreaks, type Breaks } from '../../electron/features/breaks'
import type { BreakWindow } from '../../electron/platform/break-window'
import { createManualClock, type ManualClock } from './scheduler-manual-clock'

const minute = 60_000
const hour = 60 * minute
/** A Tuesday, 10:00 local time. */
const start = new Date(2025, 2, 4, 10, 0).getTime()
const corner: Rectangle = { x: 1456, y: 436, width: 440, height: 580 }

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-breaks-'))
})
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

interface Shown {
  at: number
  screen: Screen
  focus: boolean
  bounds?: Rectangle
}

/** The break feature wired to fakes that only record: a window, the power monitor, notifications, a meeting. */
function startFeature(options: { clock?: ManualClock; settings?: Partial<Settings>; meeting?: () => Promise<boolean | null> } = {}) {
  const clock = options.clock ?? createManualClock(start)
  const settings: Settings = { ...defaultSettings, ...options.settings }
  const shown: Shown[] = []
  const notifications: string[] = []
  const power = new EventEmitter()
  const hiddenListeners: (() => void)[] = []
  let visible = false
  const window: BreakWindow = {
    show() {
      visible = true
    },
    hide() {
      if (!visible) return
      visible = false
      hiddenListeners.forEach((listener) => listener())
    },
    onHidden: (listener) => void hiddenListeners.push(listener),
    isVisible: () => visible,
    send() {},
    destroy() {},
  }
  let meetingNow = false
  const breaks = startBreaks({
    clock,
    settings: () => settings,
    text: () => mainText.en,
    stateFile: path.join(dir, 'schedule-state.json'),
    eventsFile: path.join(dir, 'break-events.jsonl'),
    window,
    showScreen(screen, showOptions) {
      shown.push({ at: clock.now(), screen, ...showOptions })
      window.show(showOptions)
    },
    popupBounds: () => corner,
    idleSeconds: () => 0,
    otherAppFullscreen: options.meeting ?? (async () => meetingNow),
    notify: ({ title }) => void notifications.push(title),
    addNotice() {},
    onChange() {},
    power,
  })
  return {
    clock,
    breaks,
    shown,
    notifications,
    power,
    window,
    setMeeting: (value: boolean) => void (meetingNow = value),
    events: (): BreakEvent[] => {
      const file = path.join(dir, 'break-events.jsonl')
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as BreakEvent) : []
    },
  }
}

/** Time passes in steps, letting the promise of each meeting question settle in between, as it would in the app. */
async function pass(clock: ManualClock, ms: number, step = minute): Promise<void> {
  for (let done = 0; done < ms; done += step) {
    clock.tick(Math.min(step, ms - done))
    await new Promise((resolve) => setImmediate(resolve))
  }
}

let running: Breaks[] = []
afterEach(() => {
  running.forEach((breaks) => breaks.dispose())
  running = []
})
function started(options: Parameters<typeof startFeature>[0] = {}) {
  const feature = startFeature(options)
  running.push(feature.breaks)
  return feature
}

describe('timed popups', () => {
  it('show the heads-up, then the break, in the corner and without focus', async () => {
    const feature = started()
    await pass(feature.clock, 45 * minute)
    expect(feature.shown).toEqual([
      { at: start + 44 * minute, screen: 'heads-up', focus: false, bounds: corner },
      { at: start + 45 * minute, screen: 'break', focus: false, bounds: corner },
    ])
    expect(feature.events().map((event) => event.kind)).toEqual(['started'])
  })

  it('a window the person opened is never taken over: the heads-up and the break become notifications', async () => {
    const feature = started()
    feature.window.show({ focus: true })
    await pass(feature.clock, 45 * minute)
    expect(feature.shown).toEqual([])
    expect(feature.notifications).toEqual(['A short break in 1 min', 'Time for a short break'])
    expect(feature.window.isVisible()).toBe(true)
  })

  it('closing the window mid-break records a skip with how long the break lasted', async () => {
    const feature = started()
    await pass(feature.clock, 47 * minute)
    feature.window.hide()
    expect(feature.events()).toEqual([
      { v: 1, kind: 'started', at: start + 45 * minute },
      { v: 1, kind: 'skipped', at: start + 47 * minute, durationMs: 2 * minute },
    ])
    expect(feature.breaks.view().status).toEqual({ kind: 'next', at: start + 92 * minute, minutes: 45 })
  })
})

describe('meetings', () => {
  it('no heads-up covers a fullscreen app, and the due break waits until it is gone', async () => {
    const feature = started()
    feature.setMeeting(true)
    await pass(feature.clock, 70 * minute)
    expect(feature.shown).toEqual([])
    expect(feature.breaks.view().status.kind).toBe('due')
    feature.setMeeting(false)
    await pass(feature.clock, minute)
    expect(feature.shown).toEqual([{ at: start + 71 * minute, screen: 'break', focus: false, bounds: corner }])
  })

  it.each([
    { popup: 'the heads-up', headsUpSeconds: 60, askedAfter: 44 * minute },
    { popup: 'the break (no heads-up)', headsUpSeconds: 0, askedAfter: 45 * minute },
  ])('a pause chosen while the meeting question is still out keeps $popup away', async ({ headsUpSeconds, askedAfter }) => {
    const answers: ((fullscreen: boolean) => void)[] = []
    const feature = started({
      settings: { schedule: { ...defaultSettings.schedule, headsUpSeconds } },
      meeting: () => new Promise((resolve) => answers.push(resolve)),
    })
    feature.clock.tick(askedAfter)
    expect(answers).toHaveLength(1)
    feature.breaks.run({ kind: 'pause', choice: '1h' })
    answers.forEach((answer) => answer(false))
    await new Promise((resolve) => setImmediate(resolve))
    expect(feature.shown).toEqual([])
    expect(feature.events()).toEqual([])
  })

  it('with notifications chosen, a meeting is not asked about (notifications respect do-not-disturb)', async () => {
    let asked = 0
    const feature = started({ settings: { delivery: 'notification' }, meeting: async () => (asked++, true) })
    await pass(feature.clock, 45 * minute)
    expect(asked).toBe(0)
    expect(feature.notifications).toEqual(['A short break in 1 min', 'Time for a short break'])
  })
})

describe('power and restarts', () => {
  it('power listeners and timers are all gone after dispose', async () => {
    const feature = startFeature()
    const events = ['suspend', 'resume', 'lock-screen', 'unlock-screen']
    expect(events.map((name) => feature.power.listenerCount(name))).toEqual([1, 1, 1, 1])
    await pass(feature.clock, 10 * minute)
    feature.breaks.dispose()
    expect(events.map((name) => feature.power.listenerCount(name))).toEqual([0, 0, 0, 0])
    expect(feature.clock.pending).toBe(0)
  })

  it('a pause is read back by the next start from the same files', async () => {
    const first = startFeature()
    first.breaks.run({ kind: 'pause', choice: '2h' })
    await pass(first.clock, 30 * minute)
    first.breaks.dispose()
    const second = started({ clock: createManualClock(first.clock.now() + 10 * minute) })
    expect(second.breaks.view().status).toMatchObject({ kind: 'paused', until: start + 2 * hour, minutes: 80 })
  })

  it('any sleep shorter or longer than a break: at most one popup afterwards, never a storm', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 44 }), fc.integer({ min: 1, max: 16 * 60 }), async (awakeMinutes, asleepMinutes) => {
        fs.rmSync(path.join(dir, 'schedule-state.json'), { force: true })
        const feature = startFeature()
        try {
          await pass(feature.clock, awakeMinutes * minute)
          feature.power.emit('suspend')
          feature.clock.tick(asleepMinutes * minute)
          feature.power.emit('resume')
          await pass(feature.clock, 44 * minute)
          const popups = feature.shown.filter((shown) => shown.at > start + (awakeMinutes + asleepMinutes) * minute)
          expect(popups.length).toBeLessThanOrEqual(2)
          expect(popups.filter((shown) => shown.screen === 'heads-up').length).toBeLessThanOrEqual(1)
        } finally {
          feature.breaks.dispose()
        }
      }),
      { numRuns: 25 },
    )
  })
})

describe('timer wake-ups', () => {
  it('over any idle stretch, at most one wake a minute plus one per scheduled event', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 * 60 }), (minutes) => {
        const feature = startFeature({ settings: { delivery: 'notification' } })
        try {
          feature.clock.tick(minutes * minute)
          // Events in that time: a heads-up, a break start and a break end per 48-minute cycle.
          const scheduled = 3 * Math.ceil(minutes / 48)
          expect(feature.clock.fired).toBeLessThanOrEqual(minutes + scheduled)
          expect(feature.clock.maxPending).toBeLessThanOrEqual(2)
        } finally {
          feature.breaks.dispose()
        }
      }),
      { numRuns: 20 },
    )
  })
})
