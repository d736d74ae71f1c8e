/**
 * The break scheduler's public API, for the composition root and the settings module.
 *
 * Wiring, in short: build one driver with `createSchedulerDriver` (state validated with `schedulerStateSchema`
 * on load), then dispatch what happens outside:
 * - powerMonitor `suspend` / `lock-screen` -> `suspend`; `resume` / `unlock-screen` -> `resume`;
 * - popup buttons -> `startNow` / `snooze` / `skip`; the practice showing -> `breakStarted`; it finishing or
 *   its window closing -> `breakEnded { completed }`; a due popup held back by a fullscreen meeting simply
 *   dispatches `breakStarted` later (an owed break is let go after one interval);
 * - tray and CLI -> `pause { until: pauseUntil(choice, now, settings) }`, `resumeBreaks`, `skipNext`;
 * - settings saved -> `settingsChanged`; every `IDLE_CHECK_EVERY_MS` while `driver.idleChecksWanted()` ->
 *   `idle { seconds }` (and pass `readIdleSeconds` so each timer wake carries a reading too);
 * - effects: `showHeadsUp` / `startBreak` / `hidePopup` drive the one popup window, `showDailyMoment` /
 *   `showMicroPause` show the daily rhythm the same way, `record` goes to the statistics; refresh the tray on `onStateChange` and at `driver.statusRefreshAt()`.
 */
export { createSchedulerDriver, type OutwardEffect, type SchedulerDriver, type SchedulerDriverPorts } from './driver'
export { createSchedulerState, step } from './machine'
export { pauseChoices, pauseUntil, type PauseChoice } from './pause'
export { localDay, MICRO_CLEAR_OF_BREAK_MS, MOMENT_LATE_LIMIT_MS, momentWindow } from './rhythm'
export {
  dailyMomentOpens,
  defaultScheduleSettings,
  scheduleSettingsSchema,
  type DailyMoment,
  type DailyMomentOpens,
  type MicroPauses,
  type ScheduleSettings,
  type TimeRange,
  type WorkingHours,
} from './settings'
export { availableActions, describeStatus, minutesUntil, PAUSE_COUNTDOWN_WITHIN_MS, statusRefreshAt } from './status'
export {
  schedulerStateSchema,
  type AvailableActions,
  type BreakRecordKind,
  type SchedulerEffect,
  type SchedulerEvent,
  type SchedulerState,
  type SchedulerStatus,
} from './types'
export { IDLE_CHECK_EVERY_MS, idleChecksWanted, nextWakeAt } from './wake'
