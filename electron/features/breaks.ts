/**
 * The break timer in the running app: the pure scheduler driven by the clock, persisted across restarts,
 * fed by power and idle events, and shown as a popup that never takes the keyboard from the person.
 */
import type { Clock } from '../core/clock'
import type { BreakEvent } from '../core/break-events'
import { isBreakEvent } from '../core/break-events'
import type { Command } from '../core/commands'
import type { MainText } from '../common/catalog/main-index'
import type { Notice } from '../core/notices'
import type { Rectangle } from '../core/popup-position'
import {
  createSchedulerDriver, pauseUntil, schedulerStateSchema,
  type AvailableActions, type OutwardEffect, type SchedulerDriver,
} from '../core/scheduler'
import type { BreakStatus } from '../common/schedule-status'
import type { PresencePort } from '../platform/presence'
import { holdCheck } from './break-holds'
import type { Screen } from '../common/screens'
import type { Settings } from '../core/settings'
import type { BreakWindow } from '../platform/break-window'
import type { Notify } from '../platform/notifier'
import type { Feature } from './feature'
import { openEventLog, type EventLog } from '../platform/event-log'
import { readJsonState, writeJsonState } from '../platform/json-state-file'
import { createBreakPopups, type BreakPopups, type BreakPopupState } from './break-popups'
import { createBreakTick } from './break-tick'
import { createBreakRotation } from './break-rotation'

export interface BreaksDeps {
  clock: Clock
  settings(): Settings
  text(): MainText
  stateFile: string
  eventsFile: string
  /** Where a rotation of practices keeps its turn. */
  rotationFile: string
  window: BreakWindow
  /** The screen the window shows now. */
  screen(): Screen
  /** Shows a screen in the break window (sets it as the current screen first). */
  showScreen(screen: Screen, options: { focus: boolean; bounds?: Rectangle }): void
  /** Where a timed popup goes: a corner of the display in use. */
  popupBounds(): Rectangle
  idleSeconds(): number
  otherAppFullscreen(): Promise<boolean | null>
  /** Calls, Do Not Disturb, and (Linux) idle time and the lock, as the desktop tells them; null = cannot tell. */
  presence: PresencePort
  /** Ask the desktop for idle time and the lock: Electron cannot tell (Wayland outside Mutter and KWin). */
  desktopTellsIdle: boolean
  /** Whether a window can appear without taking the keyboard (not on Wayland): else a notification comes. */
  quietPopups: boolean
  notify: Notify
  addNotice(notice: Notice): void
  /** The status changed: redraw the tray and tell the window. */
  onChange(): void
  power: { on(event: string, listener: () => void): unknown; removeListener(event: string, listener: () => void): unknown }
}

export interface BreaksView {
  status: BreakStatus
  actions: AvailableActions
}

export interface Breaks extends Feature {
  view(): BreaksView
  /** Tray and command-line actions on the schedule. */
  run(command: Extract<Command, { kind: 'pause' | 'resume-breaks' | 'skip-next' }>): void
  /** The person opened a break themselves ("Take a break now"): it counts, and the interval starts again. Returns what it opens. */
  personStartedBreak(): Screen
  settingsChanged(): void
  dispose(): void
}

export function startBreaks(deps: BreaksDeps): Breaks {
  const { clock, window } = deps
  const stored = readJsonState(deps.stateFile, schedulerStateSchema, clock.now())
  if (stored.movedTo) deps.addNotice({ id: `schedule-${clock.now()}`, kind: 'file-set-aside', file: deps.stateFile, movedTo: stored.movedTo })
  const log = openEventLog<BreakEvent>(deps.eventsFile, isBreakEvent)
  const shown: BreakPopupState = { shownByTimer: false, heldFor: null, offerAt: null, breakByNotification: false, breakScreen: null, momentOwedUntil: null }
  const rotation = createBreakRotation(deps)
  // The driver settles the restored state while it is being created; the rest of the app hears from it after.
  let started = false

  // The popups come first, as the driver may present one while it is being created; they ask the schedule
  // only after awaiting the meeting check, by when the driver and the tick below exist.
  const popups = createBreakPopups({ ...deps, holdReason: holdCheck(deps), nextBreakScreen: rotation.next }, shown, {
    phase: () => driver.state().phase.kind,
    quiet: () => driver.state().pause !== null || driver.state().suspendedAt !== null,
    breakStarted: () => driver.dispatch({ type: 'breakStarted' }),
    lookAgainEachMinute: () => tick.arm(),
  })
  const driver = createSchedulerDriver({
    clock,
    getSettings: () => deps.settings().schedule,
    loadState: () => stored.value,
    saveState: (state) => writeJsonState(deps.stateFile, state),
    onEffect: (effect) => carryOut(effect, { popups, shown, window, log }),
    onStateChange: () => {
      if (!started) return
      tick.arm()
      deps.onChange()
    },
    readIdleSeconds: () => deps.idleSeconds(),
  })
  const tick = createBreakTick({ ...deps, desktopPresence: deps.desktopTellsIdle ? deps.presence : undefined }, driver, shown, popups)
  const stopFollowingPower = followPower(deps.power, driver)

  // Closing the window mid-break counts as skipping it: never an error, never a reproach.
  window.onHidden(() => {
    shown.shownByTimer = false
    if (driver.state().phase.kind === 'in-break') driver.dispatch({ type: 'breakEnded', completed: false })
  })

  started = true
  tick.arm()

  return {
    ...scheduleActions(deps, driver, shown, log),
    personStartedBreak() {
      shown.shownByTimer = false
      shown.breakScreen = rotation.next()
      driver.dispatch({ type: 'breakStarted' })
      return shown.breakScreen
    },
    dispose() {
      driver.dispose()
      tick.cancel()
      stopFollowingPower()
      log.close()
    },
  }
}

/** An effect of the schedule, carried out: a popup shown or hidden, or a line in the event log. */
function carryOut(effect: OutwardEffect, to: { popups: BreakPopups; shown: BreakPopupState; window: BreakWindow; log: EventLog<BreakEvent> }): void {
  switch (effect.type) {
    case 'showHeadsUp':
      return void to.popups.presentHeadsUp(effect.breakAt)
    case 'startBreak':
      return void to.popups.presentBreak()
    case 'showDailyMoment':
      return void to.popups.presentDailyMoment(effect.until)
    case 'showMicroPause':
      return void to.popups.presentMicroPause()
    case 'hidePopup':
      if (to.shown.shownByTimer) to.window.hide()
      return
    case 'record':
      return to.log.append({ v: 1, kind: effect.kind, at: effect.at, ...(effect.durationMs === undefined ? {} : { durationMs: effect.durationMs }) })
  }
}

/** Sleep and the lock screen suspend the schedule; waking and unlocking resume it. Returns how to stop listening. */
function followPower(power: BreaksDeps['power'], driver: SchedulerDriver): () => void {
  const onSuspend = () => driver.dispatch({ type: 'suspend' })
  const onResume = () => driver.dispatch({ type: 'resume' })
  const powerEvents: [string, () => void][] = [['suspend', onSuspend], ['lock-screen', onSuspend], ['resume', onResume], ['unlock-screen', onResume]]
  for (const [event, listener] of powerEvents) power.on(event, listener)
  return () => {
    for (const [event, listener] of powerEvents) power.removeListener(event, listener)
  }
}

/** What the tray, the command line and the window ask of the schedule. */
function scheduleActions(deps: BreaksDeps, driver: SchedulerDriver, shown: BreakPopupState, log: EventLog<BreakEvent>): Omit<Breaks, 'dispose' | 'personStartedBreak'> {
  return {
    view: () => ({
      status: shown.heldFor !== null && driver.state().phase.kind === 'due' ? { kind: 'held', reason: shown.heldFor } : driver.status(),
      actions: driver.actions(),
    }),
    run(command) {
      if (command.kind === 'pause') driver.dispatch({ type: 'pause', until: pauseUntil(command.choice, deps.clock.now(), deps.settings().schedule) })
      else if (command.kind === 'resume-breaks') driver.dispatch({ type: 'resumeBreaks' })
      else driver.dispatch({ type: 'skipNext' })
    },
    // The window's requests: the heads-up's buttons, a practice's end, a check-in.
    handlers: {
      breakAction: (action) => driver.dispatch({ type: action }),
      practiceFinished: ({ completed }) => {
        shown.breakByNotification = false
        if (driver.state().phase.kind === 'in-break') driver.dispatch({ type: 'breakEnded', completed })
      },
      recordCheckIn: (checkIn) => log.append({ v: 1, kind: 'check-in', at: deps.clock.now(), ...checkIn }),
      // Asked when Settings opens: each check once, so what it says is what this computer answers now.
      async getBreakHolds() {
        const [call, quiet, fullscreen, idle] = await Promise.all([
          deps.presence.inCall(), deps.presence.doNotDisturb(), deps.otherAppFullscreen(),
          deps.desktopTellsIdle ? deps.presence.idleSeconds() : 0,
        ])
        return { calls: call !== null, doNotDisturb: quiet !== null, fullscreen: fullscreen !== null, away: idle !== null }
      },
    },
    settingsChanged() {
      driver.dispatch({ type: 'settingsChanged' })
    },
  }
}
