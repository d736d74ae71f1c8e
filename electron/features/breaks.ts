/**
 * The break timer in the running app: the pure scheduler driven by the clock, persisted across restarts,
 * fed by power and idle events, and shown as a popup that never takes the keyboard from the person.
 */
import type { Clock } from '../core/clock'
import type { BreakEvent, CheckIn } from '../core/break-events'
import { isBreakEvent } from '../core/break-events'
import type { Command } from '../core/commands'
import type { MainText } from '../core/main-text'
import type { Notice } from '../core/notices'
import type { Rectangle } from '../core/popup-position'
import {
  createSchedulerDriver, IDLE_CHECK_EVERY_MS, pauseUntil, schedulerStateSchema,
  type AvailableActions, type OutwardEffect, type SchedulerStatus,
} from '../core/scheduler'
import type { Screen } from '../core/screens'
import type { Settings } from '../core/settings'
import type { BreakWindow } from '../platform/break-window'
import type { Notify } from '../platform/notifier'
import type { Feature } from './feature'
import { openEventLog } from '../platform/event-log'
import { readJsonState, writeJsonState } from '../platform/json-state-file'

const minute = 60_000
/** A timer that fires this much later than asked means the wall clock moved (or the machine slept unseen). */
const clockJumpTolerance = 90_000

export interface BreaksDeps {
  clock: Clock
  settings(): Settings
  text(): MainText
  stateFile: string
  eventsFile: string
  window: BreakWindow
  /** Shows a screen in the break window (sets it as the current screen first). */
  showScreen(screen: Screen, options: { focus: boolean; bounds?: Rectangle }): void
  /** Where a timed popup goes: a corner of the display in use. */
  popupBounds(): Rectangle
  idleSeconds(): number
  otherAppFullscreen(): Promise<boolean | null>
  /** Whether a window can appear without taking the keyboard (not on Wayland): else a notification comes. */
  quietPopups: boolean
  notify: Notify
  addNotice(notice: Notice): void
  /** The status changed: redraw the tray and tell the window. */
  onChange(): void
  power: { on(event: string, listener: () => void): unknown; removeListener(event: string, listener: () => void): unknown }
}

export interface BreaksView {
  status: SchedulerStatus
  actions: AvailableActions
}

export interface Breaks extends Feature {
  view(): BreaksView
  /** Tray and command-line actions on the schedule. */
  run(command: Extract<Command, { kind: 'pause' | 'resume-breaks' | 'skip-next' }>): void
  /** The person opened a break themselves ("Take a break now"): it counts, and the interval starts again. */
  personStartedBreak(): void
  popupAction(action: 'startNow' | 'snooze' | 'skip'): void
  practiceFinished(completed: boolean): void
  recordCheckIn(checkIn: CheckIn): void
  settingsChanged(): void
  dispose(): void
}

/** The screen a timed break opens, from the person's choice in Settings. */
export function breakScreen(choice: Settings['breakOpens']): Screen {
  return choice === 'compassion-break' ? 'break' : choice === 'choose' ? 'home' : choice
}

export function startBreaks(deps: BreaksDeps): Breaks {
  const { clock, window } = deps
  const stored = readJsonState(deps.stateFile, schedulerStateSchema, clock.now())
  if (stored.movedTo) deps.addNotice({ id: `schedule-${clock.now()}`, kind: 'file-set-aside', file: deps.stateFile, movedTo: stored.movedTo })
  const log = openEventLog<BreakEvent>(deps.eventsFile, isBreakEvent)

  /** True while the window shows a popup the timer opened (not a screen the person opened themselves). */
  let shownByTimer = false
  let waitingForMeeting = false
  let breakByNotification = false
  let lastIdleCheck = clock.now()
  let tick: { at: number; cancel: () => void } | null = null
  // The driver settles the restored state while it is being created; the rest of the app hears from it after.
  let started = false

  const driver = createSchedulerDriver({
    clock,
    getSettings: () => deps.settings().schedule,
    loadState: () => stored.value,
    saveState: (state) => writeJsonState(deps.stateFile, state),
    onEffect: (effect) => carryOut(effect),
    onStateChange: () => {
      if (!started) return
      armTick()
      deps.onChange()
    },
    readIdleSeconds: () => deps.idleSeconds(),
  })

  function carryOut(effect: OutwardEffect): void {
    switch (effect.type) {
      case 'showHeadsUp':
        return void presentHeadsUp(effect.breakAt)
      case 'startBreak':
        return void presentBreak()
      case 'hidePopup':
        if (shownByTimer) window.hide()
        return
      case 'record':
        return log.append({ v: 1, kind: effect.kind, at: effect.at, ...(effect.durationMs === undefined ? {} : { durationMs: effect.durationMs }) })
    }
  }

  /**
   * A timed popup never interrupts the person: it appears without focus, and if they are already using the
   * window (writing in the journal, say) it does not take that over; a quiet notification says it instead.
   * Where a window cannot appear without taking the keyboard (Wayland), the notification is the popup, and
   * a click on it opens the window: then the person asked. A notification the system refuses (an unsigned
   * macOS build) falls back to the quiet window.
   */
  function showPopup(screen: Screen, asNotification: () => { title: string; body: string }): 'window' | 'notification' {
    const personIsUsingWindow = () => window.isVisible() && !shownByTimer
    const showWindow = () => {
      shownByTimer = true
      deps.showScreen(screen, { focus: false, bounds: deps.popupBounds() })
    }
    if (deps.settings().delivery === 'notification' || personIsUsingWindow() || !deps.quietPopups) {
      const sentFor = screenNow()
      deps.notify(asNotification(), {
        // A notification may be clicked, or reported as failed, long after it was sent: it opens what the
        // schedule holds now (a heads-up clicked once the break began opens the break).
        onClick: () => deps.showScreen(screenNow(), { focus: true }),
        onFailed: () => {
          if (deps.quietPopups && !personIsUsingWindow() && screenNow() === sentFor) showWindow()
        },
      })
      return 'notification'
    }
    showWindow()
    return 'window'
  }

  /** The screen that fits the schedule's moment: the heads-up, the break, or the start. */
  function screenNow(): Screen {
    const phase = driver.state().phase.kind
    if (phase === 'heads-up') return 'heads-up'
    return phase === 'due' || phase === 'in-break' ? breakScreen(deps.settings().breakOpens) : 'home'
  }

  /** A presentation or a call fills the screen: a popup would cover it. */
  async function inMeeting(): Promise<boolean> {
    return deps.settings().delivery !== 'notification' && (await deps.otherAppFullscreen()) === true
  }

  // Asking about a meeting takes a moment (xprop): by the answer the person may have paused or skipped,
  // so each popup checks that the schedule still wants it before it shows.
  async function presentHeadsUp(breakAt: number): Promise<void> {
    // During a meeting the heads-up is left out; the break itself waits for the meeting to end.
    if ((await inMeeting()) || driver.state().phase.kind !== 'heads-up') return
    showPopup('heads-up', () => deps.text().breakNotification.headsUp(Math.max(1, Math.round((breakAt - clock.now()) / minute))))
  }

  async function presentBreak(): Promise<void> {
    if (await inMeeting()) {
      // The break waits, and is looked at again each minute.
      waitingForMeeting = true
      armTick()
      return
    }
    waitingForMeeting = false
    if (driver.state().phase.kind !== 'due') return
    breakByNotification = showPopup(breakScreen(deps.settings().breakOpens), () => deps.text().breakNotification.due) === 'notification'
    driver.dispatch({ type: 'breakStarted' })
  }

  /** The once-a-minute look: the tray's minutes, idle time, a meeting that may have ended, a moved clock. */
  function armTick(): void {
    const now = clock.now()
    const candidates = [driver.statusRefreshAt()]
    if (driver.idleChecksWanted()) candidates.push(lastIdleCheck + IDLE_CHECK_EVERY_MS)
    if (waitingForMeeting || breakByNotification) candidates.push(now + minute)
    const at = Math.max(now, Math.min(...candidates.filter((c): c is number => c !== null)))
    if (tick?.at === at) return
    tick?.cancel()
    tick = Number.isFinite(at) ? { at, cancel: clock.setTimer(at, () => onTick(at)) } : null
  }

  function onTick(expectedAt: number): void {
    tick = null
    const now = clock.now()
    if (Math.abs(now - expectedAt) > clockJumpTolerance) driver.dispatch({ type: 'clockChanged' })
    if (driver.idleChecksWanted() && now - lastIdleCheck >= IDLE_CHECK_EVERY_MS) {
      lastIdleCheck = now
      driver.dispatch({ type: 'idle', seconds: deps.idleSeconds() })
    }
    const phase = driver.state().phase
    if (waitingForMeeting && phase.kind === 'due') void presentBreak()
    if (breakByNotification && !window.isVisible() && phase.kind === 'in-break' && now - phase.startedAt >= deps.settings().schedule.breakLengthMinutes * minute) {
      // Nobody opened the notification's break: it is over, without any fuss. (One opened from the
      // notification, or shown instead of it, ends as any break does: when its window goes.)
      breakByNotification = false
      driver.dispatch({ type: 'breakEnded', completed: false })
    }
    armTick()
    deps.onChange()
  }

  const onSuspend = () => driver.dispatch({ type: 'suspend' })
  const onResume = () => driver.dispatch({ type: 'resume' })
  const powerEvents: [string, () => void][] = [['suspend', onSuspend], ['lock-screen', onSuspend], ['resume', onResume], ['unlock-screen', onResume]]
  for (const [event, listener] of powerEvents) deps.power.on(event, listener)

  // Closing the window mid-break counts as skipping it: never an error, never a reproach.
  window.onHidden(() => {
    shownByTimer = false
    if (driver.state().phase.kind === 'in-break') driver.dispatch({ type: 'breakEnded', completed: false })
  })

  started = true
  armTick()

  const practiceFinished = (completed: boolean) => {
    breakByNotification = false
    if (driver.state().phase.kind === 'in-break') driver.dispatch({ type: 'breakEnded', completed })
  }
  const recordCheckIn = (checkIn: CheckIn) => log.append({ v: 1, kind: 'check-in', at: clock.now(), ...checkIn })
  const popupAction = (action: 'startNow' | 'snooze' | 'skip') => driver.dispatch({ type: action })

  return {
    view: () => ({ status: driver.status(), actions: driver.actions() }),
    run(command) {
      if (command.kind === 'pause') driver.dispatch({ type: 'pause', until: pauseUntil(command.choice, clock.now(), deps.settings().schedule) })
      else if (command.kind === 'resume-breaks') driver.dispatch({ type: 'resumeBreaks' })
      else driver.dispatch({ type: 'skipNext' })
    },
    personStartedBreak() {
      shownByTimer = false
      driver.dispatch({ type: 'breakStarted' })
    },
    popupAction,
    practiceFinished,
    recordCheckIn,
    handlers: {
      breakAction: popupAction,
      practiceFinished: ({ completed }) => practiceFinished(completed),
      recordCheckIn,
    },
    settingsChanged() {
      driver.dispatch({ type: 'settingsChanged' })
    },
    dispose() {
      driver.dispose()
      tick?.cancel()
      tick = null
      for (const [event, listener] of powerEvents) deps.power.removeListener(event, listener)
      log.close()
    },
  }
}
