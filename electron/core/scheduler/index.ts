/** The break scheduler's public API, for the composition root and the settings module. */
export { createSchedulerDriver, type OutwardEffect, type SchedulerDriver, type SchedulerDriverPorts } from './driver'
export { createSchedulerState, step } from './machine'
export { pauseChoices, pauseUntil, type PauseChoice } from './pause'
export {
  defaultScheduleSettings,
  scheduleSettingsSchema,
  type ScheduleSettings,
  type TimeRange,
  type WorkingHours,
} from './settings'
export { availableActions, describeStatus, minutesUntil, statusRefreshAt } from './status'
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
