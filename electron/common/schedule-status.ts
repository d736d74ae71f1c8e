/** The tray line's meaning; the words are the catalog's. `minutes` is rounded up, so it never shows 0 early. */
export type SchedulerStatus =
  | { kind: 'next'; at: number; minutes: number }
  /** The next break would fall after the working stretch ends at `at`, so there is none before then. */
  | { kind: 'hours-ending'; at: number; minutes: number }
  | { kind: 'snoozed'; until: number; minutes: number }
  | { kind: 'heads-up'; at: number; minutes: number }
  | { kind: 'due' }
  | { kind: 'in-break'; since: number }
  | { kind: 'paused'; until: number | null; minutes: number | null }
  | { kind: 'outside-hours'; resumesAt: number | null; minutes: number | null }
  | { kind: 'suspended' }

/** Why a due break waits instead of showing: the person is in a call, asked not to be disturbed, or presenting. */
export type HoldReason = 'call' | 'do-not-disturb' | 'fullscreen'

/** The tray line's meaning as the app shows it: the schedule's, or a due break held back and why. */
export type BreakStatus = SchedulerStatus | { kind: 'held'; reason: HoldReason }

/** A pause counts down in minutes only in its last two hours; before that the tray shows when it ends. */
export const PAUSE_COUNTDOWN_WITHIN_MS = 120 * 60_000

/** The "Pause breaks" menu, and the values of the `--pause=` flag. */
export const pauseChoices = ['30m', '1h', '2h', 'tomorrow', 'indefinitely'] as const
export type PauseChoice = (typeof pauseChoices)[number]
