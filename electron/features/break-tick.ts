/**
 * The break timer's once-a-minute look: the tray's minutes, idle time and a locked screen, a hold (call,
 * Do Not Disturb, fullscreen) that may have ended, a moved clock, and a break announced by a notification
 * that nobody opened.
 */
import type { Clock } from '../core/clock'
import { IDLE_CHECK_EVERY_MS, type SchedulerDriver } from '../core/scheduler'
import type { Settings } from '../core/settings'
import type { BreakWindow } from '../platform/break-window'
import type { BreakPopups, BreakPopupState } from './break-popups'

const minute = 60_000
/** A timer that fires this much later than asked means the wall clock moved (or the machine slept unseen). */
const clockJumpTolerance = 90_000

/** The part of the app the tick uses (the breaks feature's deps fit it). */
export interface BreakTickDeps {
  clock: Clock
  settings(): Settings
  idleSeconds(): number
  /**
   * What the desktop says where Electron cannot (Wayland outside Mutter and KWin, where its idle time stays
   * 0): idle time, and whether the screen is locked (Electron's 'lock-screen' never fires on Linux).
   */
  desktopPresence?: { idleSeconds(): Promise<number | null>; screenLocked(): Promise<boolean | null> }
  window: Pick<BreakWindow, 'isVisible'>
  /** The status changed: redraw the tray and tell the window. */
  onChange(): void
}

export interface BreakTick {
  /** Sets the one timer for the next look that is needed (or none); cheap to call after any change. */
  arm(): void
  cancel(): void
}

export function createBreakTick(deps: BreakTickDeps, driver: SchedulerDriver, state: BreakPopupState, popups: Pick<BreakPopups, 'presentBreak' | 'forgetHold' | 'presentDailyMoment'>): BreakTick {
  const { clock } = deps
  let lastIdleCheck = clock.now()
  let tick: { at: number; cancel: () => void } | null = null
  /** The lock as last read from the desktop (Linux), so each change is told to the schedule once. */
  let lockedByDesktop = false
  /** Until when a desktop that could tell nothing is left alone. */
  let desktopSilentUntil = 0

  function arm(): void {
    const now = clock.now()
    const candidates = [driver.statusRefreshAt()]
    // While the desktop says the screen is locked, keep looking: only a look sees it unlocked again.
    if (driver.idleChecksWanted() || lockedByDesktop) candidates.push(lastIdleCheck + IDLE_CHECK_EVERY_MS)
    // A break offered after a hold comes at its moment; a moment already reached is being offered now, and
    // a timer armed for the past would fire again at once (the look is synchronous when nothing is awaited).
    const offerAt = state.offerAt !== null && state.offerAt > now ? state.offerAt : null
    if (state.heldFor !== null || state.offerAt !== null || state.breakByNotification || state.momentOwedUntil !== null) candidates.push(offerAt ?? now + minute)
    const at = Math.max(now, Math.min(...candidates.filter((c): c is number => c !== null)))
    if (tick?.at === at) return
    tick?.cancel()
    tick = Number.isFinite(at) ? { at, cancel: clock.setTimer(at, () => onTick(at)) } : null
  }

  function onTick(expectedAt: number): void {
    tick = null
    const now = clock.now()
    if (Math.abs(now - expectedAt) > clockJumpTolerance) driver.dispatch({ type: 'clockChanged' })
    if ((driver.idleChecksWanted() || lockedByDesktop) && now - lastIdleCheck >= IDLE_CHECK_EVERY_MS) {
      lastIdleCheck = now
      // Electron's reading is synchronous and joins this look as it always has; only a desktop that must be
      // asked (its tools take a moment) finishes the look once it has answered.
      if (deps.desktopPresence) return void askDesktop(deps.desktopPresence).then(() => finishLook(now))
      driver.dispatch({ type: 'idle', seconds: deps.idleSeconds() })
    }
    finishLook(now)
  }

  function finishLook(now: number): void {
    const { phase, suspendedAt } = driver.state()
    if (phase.kind !== 'due') popups.forgetHold()
    // Nothing is offered to a sleeping or locked computer: on waking, the schedule decides what is owed.
    else if (suspendedAt === null && (state.heldFor !== null || (state.offerAt !== null && clock.now() >= state.offerAt))) void popups.presentBreak()
    // A daily moment held back comes once the hold is over, within its hours (it asks again itself).
    const momentUntil = state.momentOwedUntil
    if (momentUntil !== null) {
      state.momentOwedUntil = null
      if (suspendedAt === null && now < momentUntil) void popups.presentDailyMoment(momentUntil)
    }
    if (state.breakByNotification && !deps.window.isVisible() && phase.kind === 'in-break' && now - phase.startedAt >= deps.settings().schedule.breakLengthMinutes * minute) {
      // Nobody opened the notification's break: it is over, without any fuss. (One opened from the
      // notification, or shown instead of it, ends as any break does: when its window goes.)
      state.breakByNotification = false
      driver.dispatch({ type: 'breakEnded', completed: false })
    }
    arm()
    deps.onChange()
  }

  /**
   * Where Electron cannot tell (Wayland outside Mutter and KWin): idle time and the lock from the desktop.
   * A lock counts as the sleep it is for the schedule: long enough, and it was a natural break.
   */
  async function askDesktop(desktop: NonNullable<BreakTickDeps['desktopPresence']>): Promise<void> {
    // A desktop that answered neither (sway serves no screensaver service) is asked again only hourly:
    // each question starts processes, and its answer is not going to change minute by minute.
    if (clock.now() < desktopSilentUntil) return void driver.dispatch({ type: 'idle', seconds: 0 })
    const [idle, locked] = await Promise.all([desktop.idleSeconds(), desktop.screenLocked()])
    if (idle === null && locked === null) desktopSilentUntil = clock.now() + 60 * minute
    if (locked !== null && locked !== lockedByDesktop) {
      lockedByDesktop = locked
      driver.dispatch({ type: locked ? 'suspend' : 'resume' })
    }
    if (!lockedByDesktop) driver.dispatch({ type: 'idle', seconds: idle ?? 0 })
  }

  function cancel(): void {
    tick?.cancel()
    tick = null
  }

  return { arm, cancel }
}
