import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BreakEvent } from '../../electron/core/break-events'
import { mainText } from '../../electron/common/catalog/main-index'
import type { Rectangle } from '../../electron/core/popup-position'
import type { Screen } from '../../electron/common/screens'
import { defaultSettings, type Settings } from '../../electron/core/settings'
import { startBreaks, type Breaks } from '../../electron/features/breaks'
import type { BreakWindow } from '../../electron/platform/break-window'
import type { NotifyOptions } from '../../electron/platform/notifier'
import { createManualClock, type ManualClock } from '../harness/clocks.mjs'

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

/** A notification as the feature sent it, with what a click or the system's refusal would do. */
interface Sent {
  at: number
  title: string
  options: NotifyOptions
}

/**
 * The break feature wired to fakes that only record: a window, the power monitor, notifications, a meeting.
 * `quietPopups` defaults to true (X11, Windows, macOS); false plays Wayland.
 */
interface FeatureOptions {
  clock?: ManualClock
  settings?: Partial<Settings>
  meeting?: () => Promise<boolean | null>
  quietPopups?: boolean
  /** Linux: the desktop is asked for idle time and the lock. */
  desktopTellsIdle?: boolean
}

function startFeature(options: FeatureOptions = {}) {
  const clock = options.clock ?? createManualClock(start)
  const settings: Settings = { ...defaultSettings, ...options.settings }
  const shown: Shown[] = []
  const notifications: string[] = []
  const sent: Sent[] = []
  /** Notifications taken away again, and when. */
  const closed: { at: number; title: string }[] = []
  const power = new EventEmitter()
  const hiddenListeners: (() => void)[] = []
  let visible = false
  let current: Screen = 'home'
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
    prepare() {},
    send() {},
    destroy() {},
    setBackground() {},
  }
  let meetingNow = false
  /** What the desktop says; null is "cannot tell". `asked` counts the questions, by kind. */
  const desk = { call: false as boolean | null, quiet: false as boolean | null, idle: 0 as number | null, locked: false as boolean | null, electronIdle: 0 }
  const asked = { call: 0, quiet: 0, desktop: 0 }
  const breaks = startBreaks({
    clock,
    settings: () => settings,
    text: () => mainText.en,
    stateFile: path.join(dir, 'schedule-state.json'),
    eventsFile: path.join(dir, 'break-events.jsonl'),
    rotationFile: path.join(dir, 'break-rotation.json'),
    window,
    screen: () => current,
    showScreen(screen, showOptions) {
      current = screen
      shown.push({ at: clock.now(), screen, ...showOptions })
      window.show(showOptions)
    },
    popupBounds: () => corner,
    idleSeconds: () => desk.electronIdle,
    otherAppFullscreen: options.meeting ?? (async () => meetingNow),
    presence: {
      inCall: async () => (asked.call++, desk.call),
      doNotDisturb: async () => (asked.quiet++, desk.quiet),
      idleSeconds: async () => (asked.desktop++, desk.idle),
      screenLocked: async () => desk.locked,
    },
    desktopTellsIdle: options.desktopTellsIdle ?? false,
    quietPopups: options.quietPopups ?? true,
    notify: ({ title }, notifyOptions = {}) => {
      notifications.push(title)
      sent.push({ at: clock.now(), title, options: notifyOptions })
      // Handed to the system at once, as Electron's notifier does.
      notifyOptions.onShown?.(() => closed.push({ at: clock.now(), title }))
    },
    addNotice() {},
    onChange() {},
    power,
  })
  return {
    clock,
    breaks,
    shown,
    notifications,
    sent,
    closed,
    power,
    window,
    setMeeting: (value: boolean) => void (meetingNow = value),
    desk,
    asked,
    events: (): BreakEvent[] => {
      const file = path.join(dir, 'break-events.jsonl')
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as BreakEvent) : []
    },
  }
}

/** Time passes in steps, letting the promise of each meeting question settle in between, as it would in the app. */
async function pass(clock: ManualClock, ms: number, step = minute): Promise<void> {
  for (let done = 0; done < ms; done += step) {
    clock.advance(Math.min(step, ms - done))
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

describe('where no window can appear quietly (Wayland)', () => {
  it('the heads-up and the break come as notifications, and no window opens by itself', async () => {
    const feature = started({ quietPopups: false })
    await pass(feature.clock, 45 * minute)
    expect(feature.shown).toEqual([])
    expect(feature.window.isVisible()).toBe(false)
    expect(feature.sent.map(({ at, title }) => ({ at, title }))).toEqual([
      { at: start + 44 * minute, title: 'A short break in 1 min' },
      { at: start + 45 * minute, title: 'Time for a short break' },
    ])
    expect(feature.events().map((event) => event.kind)).toEqual(['started'])
  })

  it('a click on the break notification opens the break, focused: the person asked for it', async () => {
    const feature = started({ quietPopups: false })
    await pass(feature.clock, 45 * minute)
    const due = feature.sent.find((notification) => notification.title === 'Time for a short break')
    expect(due?.options.onClick).toBeTypeOf('function')
    due?.options.onClick?.()
    expect(feature.shown).toEqual([{ at: start + 45 * minute, screen: 'break', focus: true }])
    expect(feature.window.isVisible()).toBe(true)
  })

  it('a click on the heads-up opens the heads-up, focused', async () => {
    const feature = started({ quietPopups: false })
    await pass(feature.clock, 44 * minute)
    feature.sent[0]?.options.onClick?.()
    expect(feature.shown).toEqual([{ at: start + 44 * minute, screen: 'heads-up', focus: true }])
  })

  it('the break screen a click opens is the one chosen in Settings', async () => {
    const feature = started({ quietPopups: false, settings: { breakOpens: 'breathe' } })
    await pass(feature.clock, 45 * minute)
    feature.sent.at(-1)?.options.onClick?.()
    expect(feature.shown.map((shown) => shown.screen)).toEqual(['breathe'])
  })

  it('a rotation of favourites opens the next favourite at each break, goes on after a restart, and a click opens the break\'s own pick', async () => {
    const settings: Partial<Settings> = { breakOpens: 'favourites', library: { favourites: ['soles-of-the-feet', 'touch', 'body-scan'] } }
    const breakScreens = (feature: ReturnType<typeof started>) => feature.shown.map((shown) => shown.screen).filter((screen) => screen !== 'heads-up')
    const first = startFeature({ settings })
    for (let n = 0; n < 2; n++) {
      await pass(first.clock, 45 * minute)
      first.window.hide()
    }
    expect(breakScreens(first)).toEqual(['practice:soles-of-the-feet', 'touch'])
    first.breaks.dispose()

    const second = started({ settings, quietPopups: false, clock: createManualClock(first.clock.now()) })
    await pass(second.clock, 45 * minute)
    second.sent.at(-1)?.options.onClick?.()
    second.sent.at(-1)?.options.onClick?.()
    expect(breakScreens(second)).toEqual(['practice:body-scan', 'practice:body-scan'])
    expect(second.breaks.personStartedBreak()).toBe('practice:soles-of-the-feet')
  })

  it('a break nobody opened ends quietly after its length; one opened from the notification lasts until its window goes', async () => {
    const ignored = started({ quietPopups: false })
    await pass(ignored.clock, 60 * minute)
    expect(ignored.events().map((event) => event.kind)).toEqual(['started', 'skipped'])

    fs.rmSync(path.join(dir, 'schedule-state.json'), { force: true })
    fs.rmSync(path.join(dir, 'break-events.jsonl'), { force: true })
    const opened = started({ quietPopups: false })
    await pass(opened.clock, 45 * minute)
    opened.sent.at(-1)?.options.onClick?.()
    await pass(opened.clock, 15 * minute)
    expect(opened.events().map((event) => event.kind)).toEqual(['started'])
    opened.window.hide()
    expect(opened.events().at(-1)).toEqual({ v: 1, kind: 'skipped', at: start + 60 * minute, durationMs: 15 * minute })
  })

  it('a heads-up clicked once the break began opens the break, not a stale heads-up', async () => {
    const feature = started({ quietPopups: false })
    await pass(feature.clock, 45 * minute)
    feature.sent[0]?.options.onClick?.()
    expect(feature.shown.map((shown) => shown.screen)).toEqual(['break'])
  })

  it('a notification the system refuses shows no window either: it would take the keyboard', async () => {
    const feature = started({ quietPopups: false })
    await pass(feature.clock, 45 * minute)
    feature.sent.forEach((notification) => notification.options.onFailed?.())
    expect(feature.shown).toEqual([])
    expect(feature.window.isVisible()).toBe(false)
  })
})

describe('a notification the system refuses (an unsigned macOS build)', () => {
  it('falls back to the quiet popup: in the corner, without focus', async () => {
    const feature = started({ settings: { delivery: 'notification' } })
    await pass(feature.clock, 44 * minute)
    expect(feature.sent).toHaveLength(1)
    expect(feature.shown).toEqual([])
    feature.sent[0]?.options.onFailed?.()
    expect(feature.shown).toEqual([{ at: start + 44 * minute, screen: 'heads-up', focus: false, bounds: corner }])
    expect(feature.window.isVisible()).toBe(true)
  })

  it('a refused break notification becomes the break window, which lasts until it is closed', async () => {
    const feature = started({ settings: { delivery: 'notification', schedule: { ...defaultSettings.schedule, headsUpSeconds: 0 } } })
    await pass(feature.clock, 45 * minute)
    expect(feature.sent.map((notification) => notification.title)).toEqual(['Time for a short break'])
    feature.sent[0]?.options.onFailed?.()
    expect(feature.shown).toEqual([{ at: start + 45 * minute, screen: 'break', focus: false, bounds: corner }])
    await pass(feature.clock, 10 * minute)
    expect(feature.events().map((event) => event.kind)).toEqual(['started'])
    feature.window.hide()
    expect(feature.events().at(-1)).toEqual({ v: 1, kind: 'skipped', at: start + 55 * minute, durationMs: 10 * minute })
  })

  it('a refusal that arrives after the moment passed shows nothing', async () => {
    const feature = started({ settings: { delivery: 'notification' } })
    await pass(feature.clock, 44 * minute)
    feature.breaks.handlers?.breakAction?.('skip')
    feature.sent[0]?.options.onFailed?.()
    expect(feature.shown).toEqual([])
  })

  it('when both are refused, the break replaces the timer\'s own heads-up window', async () => {
    const feature = started({ settings: { delivery: 'notification' } })
    await pass(feature.clock, 44 * minute)
    feature.sent[0]?.options.onFailed?.()
    await pass(feature.clock, minute)
    feature.sent[1]?.options.onFailed?.()
    expect(feature.shown.map((shown) => shown.screen)).toEqual(['heads-up', 'break'])
  })

  it('leaves a window the person is using alone', async () => {
    const feature = started()
    feature.window.show({ focus: true })
    await pass(feature.clock, 45 * minute)
    expect(feature.sent).toHaveLength(2)
    feature.sent.forEach((notification) => notification.options.onFailed?.())
    expect(feature.shown).toEqual([])
  })
})

describe('meetings', () => {
  it('no heads-up covers a fullscreen app, and the due break waits until it is gone', async () => {
    const feature = started()
    feature.setMeeting(true)
    await pass(feature.clock, 70 * minute)
    expect(feature.shown).toEqual([])
    expect(feature.breaks.view().status).toEqual({ kind: 'held', reason: 'fullscreen' })
    feature.setMeeting(false)
    await pass(feature.clock, 2 * minute)
    // A heads-up first, the break a minute later: both without focus.
    expect(feature.shown).toEqual([
      { at: start + 71 * minute, screen: 'heads-up', focus: false, bounds: corner },
      { at: start + 72 * minute, screen: 'break', focus: false, bounds: corner },
    ])
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
    feature.clock.advance(askedAfter)
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

describe('holds: calls, Do Not Disturb, and after them', () => {
  it('a break due during a call waits, says why, and is offered once within two minutes after the call', async () => {
    const feature = started()
    feature.desk.call = true
    await pass(feature.clock, 50 * minute)
    expect(feature.shown).toEqual([])
    expect(feature.breaks.view().status).toEqual({ kind: 'held', reason: 'call' })
    feature.desk.call = false
    await pass(feature.clock, 2 * minute)
    expect(feature.shown.map(({ at, screen, focus }) => ({ minute: (at - start) / minute, screen, focus }))).toEqual([
      { minute: 51, screen: 'heads-up', focus: false },
      { minute: 52, screen: 'break', focus: false },
    ])
    await pass(feature.clock, 10 * minute)
    expect(feature.shown.filter((popup) => popup.screen === 'break')).toHaveLength(1)
    expect(feature.breaks.view().status.kind).toBe('in-break')
  })

  it('a call that starts again during the offer holds the break again, and it is still offered only once', async () => {
    const feature = started()
    feature.desk.call = true
    await pass(feature.clock, 46 * minute)
    feature.desk.call = false
    await pass(feature.clock, minute)
    feature.desk.call = true
    await pass(feature.clock, 5 * minute)
    expect(feature.shown.map((popup) => popup.screen)).toEqual(['heads-up'])
    expect(feature.breaks.view().status).toEqual({ kind: 'held', reason: 'call' })
    feature.desk.call = false
    await pass(feature.clock, 2 * minute)
    expect(feature.shown.map((popup) => popup.screen)).toEqual(['heads-up', 'heads-up', 'break'])
  })

  it('a lock right after the call ends: nothing is offered to a locked screen, and a long lock is the break', async () => {
    const feature = started()
    feature.desk.call = true
    await pass(feature.clock, 46 * minute)
    feature.desk.call = false
    feature.power.emit('lock-screen')
    await pass(feature.clock, 20 * minute)
    expect(feature.shown).toEqual([])
    feature.power.emit('unlock-screen')
    await pass(feature.clock, minute)
    expect(feature.shown).toEqual([])
    expect(feature.breaks.view().status.kind).toBe('next')
  })

  it('Do Not Disturb holds the break even when breaks come as notifications, which it would silence', async () => {
    const feature = started({ settings: { delivery: 'notification' } })
    feature.desk.quiet = true
    await pass(feature.clock, 50 * minute)
    expect(feature.notifications).toEqual([])
    expect(feature.breaks.view().status).toEqual({ kind: 'held', reason: 'do-not-disturb' })
    feature.desk.quiet = false
    await pass(feature.clock, 2 * minute)
    expect(feature.notifications).toEqual(['A short break in 1 min', 'Time for a short break'])
  })

  it('asks only about what the person chose to be held for', async () => {
    const feature = started({ settings: { holdBreaks: { calls: false, doNotDisturb: false, fullscreen: true } } })
    feature.desk.call = true
    feature.desk.quiet = true
    await pass(feature.clock, 45 * minute)
    expect(feature.asked).toMatchObject({ call: 0, quiet: 0 })
    expect(feature.shown.map((popup) => popup.screen)).toEqual(['heads-up', 'break'])
  })

  it('"cannot tell" never holds a break', async () => {
    const feature = started()
    feature.desk.call = null
    feature.desk.quiet = null
    await pass(feature.clock, 45 * minute)
    expect(feature.shown.map((popup) => popup.screen)).toEqual(['heads-up', 'break'])
  })

  it('a heads-up left out for a call that ends before the break is due still comes first', async () => {
    const feature = started()
    feature.desk.call = true
    await pass(feature.clock, 44 * minute)
    expect(feature.shown).toEqual([])
    feature.desk.call = false
    await pass(feature.clock, 3 * minute)
    expect(feature.shown.map((popup) => [(popup.at - start) / minute, popup.screen])).toEqual([[45, 'heads-up'], [46, 'break']])
  })

  it('a natural break during the hold (away long enough) means nothing is owed after it', async () => {
    const feature = started()
    feature.desk.call = true
    await pass(feature.clock, 46 * minute)
    feature.desk.electronIdle = 10 * 60
    await pass(feature.clock, minute)
    feature.desk.electronIdle = 0
    feature.desk.call = false
    await pass(feature.clock, 5 * minute)
    expect(feature.shown).toEqual([])
    expect(feature.breaks.view().status.kind).toBe('next')
  })
})

describe('away and locked, where only the desktop can tell (Linux)', () => {
  it('a lock longer than a break counts as one, though Electron never says so on Linux', async () => {
    const feature = started({ desktopTellsIdle: true })
    await pass(feature.clock, 20 * minute)
    feature.desk.locked = true
    await pass(feature.clock, 15 * minute)
    expect(feature.breaks.view().status.kind).toBe('suspended')
    feature.desk.locked = false
    await pass(feature.clock, minute)
    // The schedule starts afresh from the unlock: the next break is a whole interval away.
    expect(feature.breaks.view().status).toMatchObject({ kind: 'next', minutes: 45 })
    await pass(feature.clock, 30 * minute)
    expect(feature.shown).toEqual([])
  })

  it("idle time comes from the desktop where Electron reads 0 (Wayland outside Mutter and KWin)", async () => {
    const feature = started({ desktopTellsIdle: true })
    await pass(feature.clock, 20 * minute)
    feature.desk.idle = 10 * 60
    await pass(feature.clock, minute)
    feature.desk.idle = 0
    await pass(feature.clock, minute)
    expect(feature.breaks.view().status).toMatchObject({ kind: 'next' })
    await pass(feature.clock, 30 * minute)
    expect(feature.shown).toEqual([])
  })

  it('a desktop that can tell neither is asked again only hourly, and breaks come as usual', async () => {
    const feature = started({ desktopTellsIdle: true })
    feature.desk.idle = null
    feature.desk.locked = null
    await pass(feature.clock, 120 * minute)
    expect(feature.asked.desktop).toBe(2)
    expect(feature.shown.map((popup) => popup.screen)).toEqual(['heads-up', 'break'])
  })

  it('elsewhere the desktop is not asked: Electron tells idle time and the lock', async () => {
    const feature = started()
    feature.desk.locked = true
    feature.desk.idle = 10 * 60
    await pass(feature.clock, 45 * minute)
    expect(feature.shown.map((popup) => popup.screen)).toEqual(['heads-up', 'break'])
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
    expect(feature.clock.pending()).toBe(0)
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
          feature.clock.advance(asleepMinutes * minute)
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
          feature.clock.advance(minutes * minute)
          // Events in that time: a heads-up, a break start and a break end per 48-minute cycle.
          const scheduled = 3 * Math.ceil(minutes / 48)
          expect(feature.clock.stats.fired).toBeLessThanOrEqual(minutes + scheduled)
          expect(feature.clock.stats.maxPending).toBeLessThanOrEqual(2)
        } finally {
          feature.breaks.dispose()
        }
      }),
      { numRuns: 20 },
    )
  })
})

describe('the daily rhythm', () => {
  const rhythm = (dailyMoment: Partial<Settings['schedule']['dailyMoment']>, microPauses: Partial<Settings['schedule']['microPauses']> = {}): Partial<Settings> => ({
    schedule: {
      ...defaultSettings.schedule,
      dailyMoment: { ...defaultSettings.schedule.dailyMoment, ...dailyMoment },
      microPauses: { ...defaultSettings.schedule.microPauses, ...microPauses },
    },
  })

  it('the daily moment opens its screen at its time, in the corner and without focus, once', async () => {
    const feature = started({ settings: rhythm({ enabled: true, time: '10:30', opens: 'journal' }) })
    await pass(feature.clock, 31 * minute)
    expect(feature.shown).toEqual([{ at: start + 30 * minute, screen: 'journal', focus: false, bounds: corner }])
    feature.window.hide()
    await pass(feature.clock, 3 * hour)
    expect(feature.shown.filter((shown) => shown.screen === 'journal')).toHaveLength(1)
  })

  it('a practice of the library opens as its own screen; as a notification, a click opens it', async () => {
    const feature = started({ quietPopups: false, settings: rhythm({ enabled: true, time: '10:30', opens: 'soles-of-the-feet' }) })
    await pass(feature.clock, 31 * minute)
    expect(feature.shown).toEqual([])
    const moment = feature.sent.find((notification) => notification.title === 'Your daily moment')
    moment?.options.onClick?.()
    expect(feature.shown).toEqual([{ at: start + 31 * minute, screen: 'practice:soles-of-the-feet', focus: true }])
  })

  it('held during a call, it comes once the call is over', async () => {
    const feature = started({ settings: rhythm({ enabled: true, time: '10:30', opens: 'journal' }) })
    feature.desk.call = true
    await pass(feature.clock, 40 * minute)
    expect(feature.shown).toEqual([])
    feature.desk.call = false
    await pass(feature.clock, 2 * minute)
    expect(feature.shown.map(({ at, screen }) => ({ at, screen }))).toEqual([{ at: start + 41 * minute, screen: 'journal' }])
  })

  it('a micro-pause shows one line without focus and closes itself after twenty seconds', async () => {
    const feature = started({ settings: rhythm({}, { enabled: true, everyMinutes: 20 }) })
    await pass(feature.clock, 20 * minute)
    expect(feature.shown).toEqual([{ at: start + 20 * minute, screen: 'micro-pause', focus: false, bounds: corner }])
    expect(feature.window.isVisible()).toBe(true)
    await pass(feature.clock, 19_000, 1000)
    expect(feature.window.isVisible()).toBe(true)
    await pass(feature.clock, 1000, 1000)
    expect(feature.window.isVisible()).toBe(false)
  })

  it('a micro-pause never covers what the person has open, and a call lets it go', async () => {
    const busy = started({ settings: rhythm({}, { enabled: true, everyMinutes: 20 }) })
    busy.window.show({ focus: true })
    await pass(busy.clock, 21 * minute)
    expect(busy.shown).toEqual([])
    expect(busy.sent).toEqual([])
    busy.breaks.dispose()
    fs.rmSync(path.join(dir, 'schedule-state.json'), { force: true })
    const inCall = started({ settings: rhythm({}, { enabled: true, everyMinutes: 20 }) })
    inCall.desk.call = true
    await pass(inCall.clock, 21 * minute)
    inCall.desk.call = false
    await pass(inCall.clock, 10 * minute)
    expect(inCall.shown).toEqual([])
  })

  it('as a notification, a micro-pause is its one line, with nothing to click', async () => {
    const feature = started({ settings: { ...rhythm({}, { enabled: true, everyMinutes: 20 }), delivery: 'notification' } })
    await pass(feature.clock, 21 * minute)
    expect(feature.sent.map(({ at, title }) => ({ at, title }))).toEqual([{ at: start + 20 * minute, title: 'A breath' }])
    expect(feature.sent[0]?.options.onClick).toBeUndefined()
    // Taken away after its twenty seconds (here within the minute steps time passed in).
    expect(feature.closed).toEqual([{ at: start + 20 * minute + 20_000, title: 'A breath' }])
  })
})
