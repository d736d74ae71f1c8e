/**
 * How the break timer shows itself: the heads-up and the break, as a window that never takes the keyboard
 * or as a notification; held back while the person is in a call, in Do Not Disturb or presenting, and
 * offered right after (a heads-up first, then the break a minute later). The daily moment and the
 * micro-pauses come the same way: a held moment is offered once the hold ends (within its hours), a held
 * micro-pause is simply let go.
 */
import type { HoldReason } from '../common/schedule-status'
import type { Clock } from '../core/clock'
import type { MainText } from '../common/catalog/main-index'
import type { Rectangle } from '../core/popup-position'
import type { DailyMomentOpens, SchedulerState } from '../core/scheduler'
import { screenForPractice, type Screen } from '../common/screens'
import type { Settings } from '../core/settings'
import type { BreakWindow } from '../platform/break-window'
import type { Notify } from '../platform/notifier'

const minute = 60_000
/** A micro-pause's window is put away after this long. */
export const MICRO_PAUSE_MS = 20_000

/** What the popups, the minute tick and the window's events share about what the timer put on screen. */
export interface BreakPopupState {
  /** True while the window shows a popup the timer opened (not a screen the person opened themselves). */
  shownByTimer: boolean
  /** Why the due break (or its heads-up) was held back, until it is offered: looked at again each minute. */
  heldFor: HoldReason | null
  /** After a hold ended: when the break follows the heads-up that said so. */
  offerAt: number | null
  /** The break was announced by a notification: if nobody opens it, the minute tick lets it end. */
  breakByNotification: boolean
  /** What the break in progress opens (a rotation picks once per break; a later click opens the same). */
  breakScreen: Screen | null
  /** A daily moment held back (call, Do Not Disturb, fullscreen): offered at the minute's look until then. */
  momentOwedUntil: number | null
}

/** The part of the app the popups use (the breaks feature's deps fit it). */
export interface BreakPopupsDeps {
  clock: Clock
  settings(): Settings
  text(): MainText
  window: Pick<BreakWindow, 'isVisible' | 'hide'>
  /** The screen the window shows now. */
  screen(): Screen
  /** Shows a screen in the break window (sets it as the current screen first). */
  showScreen(screen: Screen, options: { focus: boolean; bounds?: Rectangle }): void
  /** Where a timed popup goes: a corner of the display in use. */
  popupBounds(): Rectangle
  /** Why a popup should wait now, or null (asks only what the person chose to be held for). */
  holdReason(): Promise<HoldReason | null>
  /** Whether a window can appear without taking the keyboard (not on Wayland): else a notification comes. */
  quietPopups: boolean
  notify: Notify
  /** The screen the next break opens (a rotation moves on by one). */
  nextBreakScreen(): Screen
}

/** The schedule as the popups see it. */
export interface PopupSchedule {
  phase(): SchedulerState['phase']['kind']
  /** Breaks are paused or the computer sleeps: nothing of the daily rhythm shows. */
  quiet(): boolean
  /** The break is on screen (or announced): the schedule counts it as begun. */
  breakStarted(): void
  /** A break now waits (for a hold to end, or for its offer): the once-a-minute look must come. */
  lookAgainEachMinute(): void
}

export interface BreakPopups {
  presentHeadsUp(breakAt: number): Promise<void>
  presentBreak(): Promise<void>
  forgetHold(): void
  /** The daily moment, which may still come until `until` if a hold keeps it back now. */
  presentDailyMoment(until: number): Promise<void>
  presentMicroPause(): Promise<void>
}

export function createBreakPopups(deps: BreakPopupsDeps, state: BreakPopupState, schedule: PopupSchedule): BreakPopups {
  const { clock, window } = deps

  /**
   * A timed popup never interrupts the person: it appears without focus, and if they are already using the
   * window (writing in the journal, say) it does not take that over; a quiet notification says it instead.
   * Where a window cannot appear without taking the keyboard (Wayland), the notification is the popup, and
   * a click on it opens the window: then the person asked. A notification the system refuses (an unsigned
   * macOS build) falls back to the quiet window.
   */
  function showPopup(
    screen: Screen,
    asNotification: () => { title: string; body: string },
    clickOpens: (() => Screen) | null = screenNow,
    onShown?: (close: () => void) => void,
  ): 'window' | 'notification' {
    const personIsUsingWindow = () => window.isVisible() && !state.shownByTimer
    const showWindow = () => {
      state.shownByTimer = true
      deps.showScreen(screen, { focus: false, bounds: deps.popupBounds() })
    }
    if (deps.settings().delivery === 'notification' || personIsUsingWindow() || !deps.quietPopups) {
      const opens = clickOpens ?? (() => screen)
      const sentFor = opens()
      deps.notify(asNotification(), {
        // A notification may be clicked, or reported as failed, long after it was sent: it opens what the
        // schedule holds now (a heads-up clicked once the break began opens the break).
        ...(clickOpens === null ? {} : { onClick: () => deps.showScreen(opens(), { focus: true }) }),
        ...(onShown ? { onShown } : {}),
        onFailed: () => {
          if (deps.quietPopups && !personIsUsingWindow() && opens() === sentFor) showWindow()
        },
      })
      return 'notification'
    }
    showWindow()
    return 'window'
  }

  /** The screen that fits the schedule's moment: the heads-up, the break, or the start. */
  function screenNow(): Screen {
    const phase = schedule.phase()
    if (phase === 'heads-up') return 'heads-up'
    if (phase !== 'due' && phase !== 'in-break') return 'home'
    // A break restored after a restart has not been picked yet: it takes its turn now.
    state.breakScreen ??= deps.nextBreakScreen()
    return state.breakScreen
  }

  const headsUp = (minutes: number) => showPopup('heads-up', () => deps.text().breakNotification.headsUp(Math.max(1, minutes)))

  // Asking about calls and the screen takes a moment (tools run): by the answer the person may have paused
  // or skipped, so each popup checks that the schedule still wants it before it shows.
  async function presentHeadsUp(breakAt: number): Promise<void> {
    const reason = await deps.holdReason()
    if (schedule.phase() !== 'heads-up') return
    // During a hold the heads-up is left out; the break waits for the hold to end, and is announced then.
    if (reason !== null) state.heldFor = reason
    else headsUp(Math.round((breakAt - clock.now()) / minute))
  }

  // The schedule's due moment and the minute's look can ask at the same instant: one answer serves both,
  // so a break is never offered twice.
  let presenting: Promise<void> | null = null
  function presentBreak(): Promise<void> {
    presenting ??= decideBreak().finally(() => {
      presenting = null
    })
    return presenting
  }

  async function decideBreak(): Promise<void> {
    const reason = await deps.holdReason()
    if (schedule.phase() !== 'due') return forgetHold()
    if (reason !== null) {
      // The break waits, and is looked at again each minute.
      state.heldFor = reason
      state.offerAt = null
      schedule.lookAgainEachMinute()
      return
    }
    if (state.heldFor !== null) {
      // The hold is over: a heads-up now, never taking the keyboard, and the break a minute later.
      state.heldFor = null
      state.offerAt = clock.now() + minute
      headsUp(1)
      schedule.lookAgainEachMinute()
      return
    }
    state.offerAt = null
    state.breakScreen = deps.nextBreakScreen()
    state.breakByNotification = showPopup(state.breakScreen, () => deps.text().breakNotification.due) === 'notification'
    schedule.breakStarted()
  }

  /** The schedule moved on (a natural break, a skip, a pause): whatever was held is no longer owed. */
  function forgetHold(): void {
    state.heldFor = null
    state.offerAt = null
  }

  function momentScreen(opens: DailyMomentOpens): Screen {
    return opens === 'journal' ? 'journal' : screenForPractice(opens)
  }

  async function presentDailyMoment(until: number): Promise<void> {
    const reason = await deps.holdReason()
    const owedStill = clock.now() < until && !schedule.quiet()
    state.momentOwedUntil = owedStill && reason !== null ? until : null
    if (state.momentOwedUntil !== null) return schedule.lookAgainEachMinute()
    if (!owedStill) return
    const screen = momentScreen(deps.settings().schedule.dailyMoment.opens)
    showPopup(screen, () => deps.text().rhythmNotification.moment, () => screen)
  }

  /** One line for twenty seconds; it never covers what is on screen, and a hold lets it go. */
  async function presentMicroPause(): Promise<void> {
    const reason = await deps.holdReason()
    if (reason !== null || schedule.quiet() || window.isVisible()) return
    const text = deps.text()
    const lines = text.shared.microPauses
    const line = lines[Math.floor(clock.now() / minute) % lines.length] ?? ''
    const asNotification = () => ({ title: text.rhythmNotification.microPauseTitle, body: line })
    // As a notification it is taken away after its twenty seconds too (where the desktop has not already).
    const closeLater = (close: () => void) => void clock.setTimer(clock.now() + MICRO_PAUSE_MS, close)
    if (showPopup('micro-pause', asNotification, null, closeLater) === 'window') {
      closeLater(() => {
        if (state.shownByTimer && window.isVisible() && deps.screen() === 'micro-pause') window.hide()
      })
    }
  }

  return { presentHeadsUp, presentBreak, forgetHold, presentDailyMoment, presentMicroPause }
}
