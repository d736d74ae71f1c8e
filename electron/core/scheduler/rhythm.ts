/**
 * The daily rhythm beside the breaks: a daily moment at a chosen local time, and micro-pauses between full
 * breaks. Pure, like the rest of the scheduler: `settleRhythm` says what is due now, `nextRhythmWakeAt` when
 * it next may be, and the driver folds that into its one timer.
 *
 * The daily moment's rule: it belongs to a local day and shows at most once for it, at its time or, if the
 * computer was asleep, off, paused, outside working hours (when so chosen) or showing a break then, at the
 * first moment that allows it within three hours of its time and before that day's midnight; after that
 * it is let go until the next day. It is never shown for a day on or before the last day it was shown for,
 * so a restart, a sleep across its time or a clock set back cannot bring it twice. A moment just turned on
 * or moved to a time already past today starts tomorrow: it is never brought late by the change itself.
 *
 * Micro-pauses follow the break's interval: every `everyMinutes` from the interval's start (the end of the
 * last break), while a break counts down un-snoozed, never sooner than `MICRO_CLEAR_OF_BREAK_MS` after the
 * interval began nor later than that before the next break's heads-up, never twice for one slot nor
 * within `MICRO_MIN_GAP_MS` of the last one, and a slot missed by more than `MICRO_LATE_LIMIT_MS` is let go.
 */
import { durationsOf, MINUTE_MS } from './phase'
import { minutesOfDay, type ScheduleSettings } from './settings'
import type { SchedulerEffect, SchedulerState } from './types'
import { isWorkingTime } from './working-hours'

/** How late a daily moment may still come (never past its day's midnight). */
export const MOMENT_LATE_LIMIT_MS = 3 * 60 * MINUTE_MS
/** A micro-pause keeps this far from a full break on both sides. */
export const MICRO_CLEAR_OF_BREAK_MS = 5 * MINUTE_MS
/** A micro-pause slot missed by more than this (a late wake) is let go. */
export const MICRO_LATE_LIMIT_MS = MINUTE_MS
/** Two micro-pauses are never closer than the shortest interval one can choose. */
export const MICRO_MIN_GAP_MS = 10 * MINUTE_MS

/** The local day of an instant, 'YYYY-MM-DD' (so days compare as strings). */
export function localDay(at: number): string {
  const date = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export interface MomentWindow {
  day: string
  /** The moment's wall-clock time on that day (a time inside a DST gap becomes the first real instant after it). */
  from: number
  /** The moment may still come until then: three hours later or the day's end, whichever is first. */
  until: number
}

/** The daily moment of the local day `dayOffset` days after `at`'s. */
export function momentWindow(at: number, dayOffset: number, time: string): MomentWindow {
  const date = new Date(at)
  const [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate() + dayOffset]
  const from = new Date(year, month, day, 0, minutesOfDay(time)).getTime()
  const midnight = new Date(year, month, day + 1).getTime()
  return { day: localDay(new Date(year, month, day, 12).getTime()), from, until: Math.min(from + MOMENT_LATE_LIMIT_MS, midnight) }
}

/** Nothing of the rhythm comes while the computer sleeps or breaks are paused. */
function rhythmHeld(state: SchedulerState): boolean {
  return state.suspendedAt !== null || state.pause !== null
}

/** Today's moment, if it may show now. */
function momentDue(state: SchedulerState, settings: ScheduleSettings, now: number): MomentWindow | null {
  const moment = settings.dailyMoment
  if (!moment.enabled || rhythmHeld(state)) return null
  // A break on screen keeps the window: the moment comes after it.
  const phase = state.phase.kind
  if (phase === 'heads-up' || phase === 'due' || phase === 'in-break') return null
  if (moment.onlyWorkingHours && !isWorkingTime(now, settings.workingHours)) return null
  const today = momentWindow(now, 0, moment.time)
  if (now < today.from || now >= today.until) return null
  const { momentDay, momentChosenAt } = state.rhythm
  if (momentChosenAt !== null && today.from <= momentChosenAt) return null
  return momentDay !== null && momentDay >= today.day ? null : today
}

/** Remembers when the moment was turned on or moved, so its first day is the first whose time is still to come. */
function noticeMomentChoice(state: SchedulerState, settings: ScheduleSettings, now: number): SchedulerState {
  const chosen = settings.dailyMoment.enabled ? settings.dailyMoment.time : null
  if (chosen === state.rhythm.momentChosen) return state
  return { ...state, rhythm: { ...state.rhythm, momentChosen: chosen, momentChosenAt: now } }
}

interface MicroSlots {
  since: number
  every: number
  /** The last instant a micro-pause may show in this interval. */
  last: number
}

function microSlots(state: SchedulerState, settings: ScheduleSettings): MicroSlots | null {
  const phase = state.phase
  if (!settings.microPauses.enabled || rhythmHeld(state) || phase.kind !== 'counting' || phase.snoozes > 0) return null
  const every = settings.microPauses.everyMinutes * MINUTE_MS
  return { since: phase.since, every, last: phase.dueAt - durationsOf(settings).headsUpMs - MICRO_CLEAR_OF_BREAK_MS }
}

function microDue(state: SchedulerState, settings: ScheduleSettings, now: number): boolean {
  const slots = microSlots(state, settings)
  if (slots === null || now > slots.last || now < slots.since + MICRO_CLEAR_OF_BREAK_MS) return false
  const slot = slots.since + Math.floor((now - slots.since) / slots.every) * slots.every
  if (slot <= slots.since || now >= slot + MICRO_LATE_LIMIT_MS) return false
  const last = state.rhythm.microAt
  if (last !== null && (last >= slot || now - last < MICRO_MIN_GAP_MS)) return false
  return isWorkingTime(now, settings.workingHours)
}

/** Shows what of the rhythm is due now: the daily moment first; a micro-pause only in a step without it. */
export function settleRhythm(
  state: SchedulerState,
  now: number,
  settings: ScheduleSettings,
  effects: SchedulerEffect[],
): SchedulerState {
  const current = noticeMomentChoice(state, settings, now)
  const moment = momentDue(current, settings, now)
  if (moment !== null) {
    effects.push({ type: 'showDailyMoment', until: moment.until })
    return { ...current, rhythm: { ...current.rhythm, momentDay: moment.day } }
  }
  if (microDue(current, settings, now)) {
    effects.push({ type: 'showMicroPause' })
    return { ...current, rhythm: { ...current.rhythm, microAt: now } }
  }
  return current
}

/** The next instant the rhythm may have something to show, or null (off, paused, suspended, no slot left). */
export function nextRhythmWakeAt(state: SchedulerState, settings: ScheduleSettings, now: number): number | null {
  if (rhythmHeld(state)) return null
  const candidates: number[] = []
  const moment = settings.dailyMoment
  if (moment.enabled) {
    const today = momentWindow(now, 0, moment.time)
    const shownDay = state.rhythm.momentDay
    const todayOwed = now < today.from && (shownDay === null || shownDay < today.day)
    candidates.push(todayOwed ? today.from : momentWindow(now, 1, moment.time).from)
  }
  const slots = microSlots(state, settings)
  if (slots !== null) {
    const k = Math.max(1, Math.floor((now - slots.since) / slots.every) + 1)
    const slot = slots.since + k * slots.every
    if (slot <= slots.last) candidates.push(slot)
  }
  return candidates.length === 0 ? null : Math.min(...candidates)
}
