/**
 * The scheduler's data: plain JSON so it can be persisted as-is (pause, snooze and the next deadline survive
 * restarts). Every instant is an absolute epoch-millisecond timestamp; nothing counts down in memory.
 */
import { z } from 'zod'

/** The countdown towards one break. `since` is when this interval began; `snoozes` counts this break's snoozes. */
const countdownFields = {
  since: z.number(),
  dueAt: z.number(),
  snoozes: z.number().int().min(0),
}

export const phaseSchema = z.discriminatedUnion('kind', [
  /** No break is counting down: breaks are paused or it is outside working hours. */
  z.object({ kind: z.literal('waiting') }),
  /** Counting down; nothing on screen. */
  z.object({ kind: z.literal('counting'), ...countdownFields }),
  /** The heads-up popup is showing; the break starts at `dueAt`. */
  z.object({ kind: z.literal('heads-up'), ...countdownFields }),
  /** The break is owed and its popup was asked for; waiting for the person (or a meeting) to start it. */
  z.object({ kind: z.literal('due'), ...countdownFields }),
  /** A break is under way. */
  z.object({ kind: z.literal('in-break'), startedAt: z.number() }),
])

export type Phase = z.infer<typeof phaseSchema>
export type CountdownPhase = Extract<Phase, { since: number }>

export const schedulerStateSchema = z.object({
  version: z.literal(1),
  phase: phaseSchema,
  /** null = not paused; `until: null` = paused until the person resumes. */
  pause: z.object({ until: z.number().nullable() }).nullable(),
  /** Set between `suspend` (sleep or lock) and `resume`. */
  suspendedAt: z.number().nullable(),
  /** Start of the stretch away from the computer already counted as a natural break (so it counts once). */
  away: z.object({ since: z.number() }).nullable(),
  /** The `now` of the last event: a later `now` far behind it reveals a clock set back. */
  lastSeenAt: z.number(),
  /**
   * The daily moment and the micro-pauses last shown (a state saved before they existed reads as never).
   * `momentDay` is the local day ('YYYY-MM-DD') the moment was last shown for: a moment is never shown for
   * that day or an earlier one again, whatever the clock does. `momentChosen` is the time the moment was
   * last seen set for (null while off) and `momentChosenAt` when it was so set: a moment whose time had
   * already passed then is not brought late. `microAt` and `momentChosenAt` move with the clock like every instant.
   */
  rhythm: z
    .object({
      momentDay: z.string().nullable(),
      momentChosen: z.string().nullable().default(null),
      momentChosenAt: z.number().nullable().default(null),
      microAt: z.number().nullable(),
    })
    .default(() => ({ momentDay: null, momentChosen: null, momentChosenAt: null, microAt: null })),
})

export type SchedulerState = z.infer<typeof schedulerStateSchema>
export type RhythmState = SchedulerState['rhythm']

export type BreakRecordKind = 'started' | 'completed' | 'snoozed' | 'skipped' | 'natural'

export type SchedulerEvent =
  /** The driver's timer fired. `idleSeconds`, when known, lets a deadline notice that nobody is there. */
  | { type: 'due'; idleSeconds?: number }
  /** "Start now" on the heads-up popup. */
  | { type: 'startNow' }
  | { type: 'snooze' }
  /** Skip the break on screen (refused in strict mode). */
  | { type: 'skip' }
  /** A break practice became visible: from the popup, or one the person opened themselves. */
  | { type: 'breakStarted' }
  /** The break practice finished (`completed`) or its window was closed early (counts as skipped). */
  | { type: 'breakEnded'; completed: boolean }
  /** `until: null` = until the person resumes. See `pauseUntil` for the menu's choices. */
  | { type: 'pause'; until: number | null }
  | { type: 'resumeBreaks' }
  | { type: 'skipNext' }
  /** The system sleeps or the screen locks. */
  | { type: 'suspend' }
  /** The system woke or the screen unlocked. */
  | { type: 'resume' }
  /** A coarse idle reading (system idle seconds); 0 when the platform cannot tell. */
  | { type: 'idle'; seconds: number }
  /** The wall clock was changed (or might have been): recompute from timestamps. */
  | { type: 'clockChanged' }
  /** The settings passed to `step` differ from the previous ones. */
  | { type: 'settingsChanged' }
  /** The app started with a persisted state: the popup it described is gone, time may have passed. */
  | { type: 'restored' }

export type SchedulerEffect =
  /** Show (or keep) the popup in heads-up mode: "break in …" with Start now / Snooze / Skip. */
  | { type: 'showHeadsUp'; breakAt: number }
  /** The break is due: show the popup in break mode, without taking focus; dispatch `breakStarted` when it shows. */
  | { type: 'startBreak' }
  | { type: 'hidePopup' }
  /** One line for the statistics. `at` is when it happened (a natural break: when the person left). */
  | { type: 'record'; kind: BreakRecordKind; at: number; durationMs?: number }
  /** The daily moment's time has come: show what it opens, the way a break shows. `until`: held, it may come until then. */
  | { type: 'showDailyMoment'; until: number }
  /** A micro-pause: one kind line for twenty seconds. */
  | { type: 'showMicroPause' }
  /** The state changed: save it. */
  | { type: 'persist' }

export interface StepResult {
  state: SchedulerState
  effects: SchedulerEffect[]
}

// The status's shape is the shared layer's: the catalog words it.
export type { SchedulerStatus } from '../../common/schedule-status'

/** What the popup and the tray menu may offer right now. */
export interface AvailableActions {
  startNow: boolean
  snooze: boolean
  skip: boolean
  skipNext: boolean
  pause: boolean
  resumeBreaks: boolean
}
