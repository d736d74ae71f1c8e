/**
 * The break timer's once-a-minute look: the tray's minutes, idle time, a meeting that may have ended, a
 * moved clock, and a break announced by a notification that nobody opened.
 */
import type { Clock } from '../core/clock'
import { IDLE_CHECK_EVERY_MS, type SchedulerDriver } from '../core/scheduler'
import type { Settings } from '../core/settings'
import type { BreakWindow } from '../platform/break-window'
import type { BreakPopupState } from './break-popups'

const minute = 60_000
/** A timer that fires this much later than asked means the wall clock moved (or the machine slept unseen). */
const clockJumpTolerance = 90_000

/** The part of the app the tick uses (the breaks feature's deps fit it). */
export interface BreakTickDeps {
  clock: Clock
  settings(): Settings
  idleSeconds(): number
  window: Pick<BreakWindow, 'isVisible'>
  /** The status changed: redraw the tray and tell the window. */
  onChange(): void
}

export interface BreakTick {
  /** Sets the one timer for the next look that is needed (or none); cheap to call after any change. */
  arm(): void
  cancel(): void
}

export function createBreakTick(deps: BreakTickDeps, driver: SchedulerDriver, state: BreakPopupState, presentBreak: () => Promise<void>): BreakTick {
  const { clock } = deps
  let lastIdleCheck = clock.now()
  let tick: { at: number; cancel: () => void } | null = null

  function arm(): void {
    const now = clock.now()
    const candidates = [driver.statusRefreshAt()]
    if (driver.idleChecksWanted()) candidates.push(lastIdleCheck + IDLE_CHECK_EVERY_MS)
    if (state.waitingForMeeting || state.breakByNotification) candidates.push(now + minute)
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
    if (state.waitingForMeeting && phase.kind === 'due') void presentBreak()
    if (state.breakByNotification && !deps.window.isVisible() && phase.kind === 'in-break' && now - phase.startedAt >= deps.settings().schedule.breakLengthMinutes * minute) {
      // Nobody opened the notification's break: it is over, without any fuss. (One opened from the
      // notification, or shown instead of it, ends as any break does: when its window goes.)
      state.breakByNotification = false
      driver.dispatch({ type: 'breakEnded', completed: false })
    }
    arm()
    deps.onChange()
  }

  function cancel(): void {
    tick?.cancel()
    tick = null
  }

  return { arm, cancel }
}
