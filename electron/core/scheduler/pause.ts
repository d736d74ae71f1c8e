import { pauseChoices, type PauseChoice } from '../../common/schedule-status'
import { MINUTE_MS } from './phase'
import type { ScheduleSettings } from './settings'
import { nextLocalMidnight, nextWorkingStart } from './working-hours'

export { pauseChoices, type PauseChoice }

/**
 * The `until` of a `pause` event for a menu choice; null = until the person resumes.
 * "Tomorrow" means the next local midnight; with working hours on, the first working stretch that begins
 * on a later day than today (so a Friday-evening pause lasts until Monday's start), or midnight if none.
 */
export function pauseUntil(choice: PauseChoice, now: number, settings: ScheduleSettings): number | null {
  switch (choice) {
    case '30m':
      return now + 30 * MINUTE_MS
    case '1h':
      return now + 60 * MINUTE_MS
    case '2h':
      return now + 120 * MINUTE_MS
    case 'tomorrow': {
      const midnight = nextLocalMidnight(now)
      return nextWorkingStart(midnight, settings.workingHours) ?? midnight
    }
    case 'indefinitely':
      return null
  }
}
