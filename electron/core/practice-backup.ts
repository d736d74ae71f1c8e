import { z } from 'zod'
import { dailyMomentSchema, microPausesSchema } from './scheduler/settings'
import { pathStateSchema, type Settings, type SettingsPatch } from './settings'

/**
 * The practice a person has set up, carried in the journal's JSON backup so it comes along to a new
 * computer: their place on the path and their daily rhythm. Only these: the rest of the settings describe
 * this computer (its hotkey, its hours, its look) more than the person's practice.
 */
const practiceBackupSchema = {
  path: pathStateSchema,
  dailyMoment: dailyMomentSchema.required().strict(),
  microPauses: microPausesSchema.required().strict(),
}

export type PracticePart = keyof typeof practiceBackupSchema
export const practiceParts = Object.keys(practiceBackupSchema) as PracticePart[]

export type PracticeBackup = { [P in PracticePart]: z.output<(typeof practiceBackupSchema)[P]> }

export function practiceOf(settings: Settings): PracticeBackup {
  const { dailyMoment, microPauses } = settings.schedule
  return { path: settings.path, dailyMoment, microPauses }
}

/** What importing a backup's practice would change, and which parts of it could not be read. */
export interface PracticeRestore {
  patch: SettingsPatch
  restored: PracticePart[]
  unreadable: PracticePart[]
}

/**
 * What a backup's practice brings back: only what this computer has not been given yet (the path not
 * started, a daily moment or micro-pauses still off), so importing an old backup never moves someone off the
 * week they are on or changes a rhythm they set here. A part that cannot be read is named and left out.
 */
export function practiceToRestore(current: Settings, backup: unknown): PracticeRestore {
  const stored = typeof backup === 'object' && backup !== null ? (backup as Record<string, unknown>) : {}
  const restore: PracticeRestore = { patch: {}, restored: [], unreadable: [] }
  const read = <P extends PracticePart>(part: P): PracticeBackup[P] | null => {
    if (stored[part] === undefined) return null
    const parsed = practiceBackupSchema[part].safeParse(stored[part])
    if (!parsed.success) restore.unreadable.push(part)
    return parsed.success ? (parsed.data as PracticeBackup[P]) : null
  }
  const path = read('path')
  if (path !== null && path.status !== 'not-started' && current.path.status === 'not-started') {
    restore.patch.path = path
    restore.restored.push('path')
  }
  let schedule = current.schedule
  const dailyMoment = read('dailyMoment')
  if (dailyMoment?.enabled === true && !current.schedule.dailyMoment.enabled) {
    schedule = { ...schedule, dailyMoment }
    restore.restored.push('dailyMoment')
  }
  const microPauses = read('microPauses')
  if (microPauses?.enabled === true && !current.schedule.microPauses.enabled) {
    schedule = { ...schedule, microPauses }
    restore.restored.push('microPauses')
  }
  if (schedule !== current.schedule) restore.patch.schedule = schedule
  return restore
}
