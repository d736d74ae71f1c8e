/**
 * How the break timer shows itself: the heads-up and the break, as a window that never takes the keyboard
 * or as a notification, and held back while a meeting fills the screen.
 */
import type { Clock } from '../core/clock'
import type { MainText } from '../common/catalog/main-index'
import type { Rectangle } from '../core/popup-position'
import type { SchedulerState } from '../core/scheduler'
import type { Screen } from '../core/screens'
import type { Settings } from '../core/settings'
import type { BreakWindow } from '../platform/break-window'
import type { Notify } from '../platform/notifier'

const minute = 60_000

/** What the popups, the minute tick and the window's events share about what the timer put on screen. */
export interface BreakPopupState {
  /** True while the window shows a popup the timer opened (not a screen the person opened themselves). */
  shownByTimer: boolean
  /** A due break held back by a meeting: looked at again each minute. */
  waitingForMeeting: boolean
  /** The break was announced by a notification: if nobody opens it, the minute tick lets it end. */
  breakByNotification: boolean
}

/** The part of the app the popups use (the breaks feature's deps fit it). */
export interface BreakPopupsDeps {
  clock: Clock
  settings(): Settings
  text(): MainText
  window: Pick<BreakWindow, 'isVisible'>
  /** Shows a screen in the break window (sets it as the current screen first). */
  showScreen(screen: Screen, options: { focus: boolean; bounds?: Rectangle }): void
  /** Where a timed popup goes: a corner of the display in use. */
  popupBounds(): Rectangle
  otherAppFullscreen(): Promise<boolean | null>
  /** Whether a window can appear without taking the keyboard (not on Wayland): else a notification comes. */
  quietPopups: boolean
  notify: Notify
}

/** The schedule as the popups see it. */
export interface PopupSchedule {
  phase(): SchedulerState['phase']['kind']
  /** The break is on screen (or announced): the schedule counts it as begun. */
  breakStarted(): void
  /** A break now waits for a meeting: the once-a-minute look must come. */
  lookAgainEachMinute(): void
}

export interface BreakPopups {
  presentHeadsUp(breakAt: number): Promise<void>
  presentBreak(): Promise<void>
}

/** The screen a timed break opens, from the person's choice in Settings. */
export function breakScreen(choice: Settings['breakOpens']): Screen {
  return choice === 'compassion-break' ? 'break' : choice === 'choose' ? 'home' : choice
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
  function showPopup(screen: Screen, asNotification: () => { title: string; body: string }): 'window' | 'notification' {
    const personIsUsingWindow = () => window.isVisible() && !state.shownByTimer
    const showWindow = () => {
      state.shownByTimer = true
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
    const phase = schedule.phase()
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
    if ((await inMeeting()) || schedule.phase() !== 'heads-up') return
    showPopup('heads-up', () => deps.text().breakNotification.headsUp(Math.max(1, Math.round((breakAt - clock.now()) / minute))))
  }

  async function presentBreak(): Promise<void> {
    if (await inMeeting()) {
      // The break waits, and is looked at again each minute.
      state.waitingForMeeting = true
      schedule.lookAgainEachMinute()
      return
    }
    state.waitingForMeeting = false
    if (schedule.phase() !== 'due') return
    state.breakByNotification = showPopup(breakScreen(deps.settings().breakOpens), () => deps.text().breakNotification.due) === 'notification'
    schedule.breakStarted()
  }

  return { presentHeadsUp, presentBreak }
}
