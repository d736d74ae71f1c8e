import { z } from 'zod'
import { libraryPracticeIds } from '../../common/library'

/** 'HH:MM' on a 24-hour clock; '24:00' is allowed as an end so a range can run to midnight. */
const clockTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM on a 24-hour clock')

export const timeRangeSchema = z
  .object({ start: clockTimeSchema, end: clockTimeSchema })
  .refine((range) => minutesOfDay(range.start) < minutesOfDay(range.end), {
    message: 'A range must end after it starts',
  })

export type TimeRange = z.infer<typeof timeRangeSchema>

function officeWeek(): TimeRange[][] {
  return Array.from({ length: 7 }, (_, weekday) =>
    weekday === 0 || weekday === 6 ? [] : [{ start: '09:00', end: '18:00' }],
  )
}

export const workingHoursSchema = z.object({
  enabled: z.boolean().default(false),
  /** Index = weekday as Date#getDay() returns it (0 = Sunday). Ranges may overlap or touch; they are merged. */
  days: z
    .array(z.array(timeRangeSchema).max(12))
    .length(7)
    .default(officeWeek),
})

export type WorkingHours = z.infer<typeof workingHoursSchema>

/** What a daily moment opens: a practice of the library, or the journal. */
export const dailyMomentOpens = [...libraryPracticeIds, 'journal'] as const
export type DailyMomentOpens = (typeof dailyMomentOpens)[number]

/**
 * A moment once a day at a chosen local time (a morning intention, an evening "three good things"),
 * shown the way breaks are. Off until the person turns it on.
 */
export const dailyMomentSchema = z.object({
  enabled: z.boolean().default(false),
  /** Local wall-clock time, 'HH:MM' (24:00 is not a time of day). */
  time: z
    .string()
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM on a 24-hour clock')
    .default('09:00'),
  opens: z.enum(dailyMomentOpens).default('loving-kindness'),
  /** Only within working hours (when working hours are on); otherwise any day at its time. */
  onlyWorkingHours: z.boolean().default(false),
})

export type DailyMoment = z.infer<typeof dailyMomentSchema>

/** A twenty-second breath or kind phrase between full breaks, every `everyMinutes`. Off until turned on. */
export const microPausesSchema = z.object({
  enabled: z.boolean().default(false),
  everyMinutes: z.number().int().min(10).max(60).default(20),
})

export type MicroPauses = z.infer<typeof microPausesSchema>

/**
 * Everything the break scheduler reads. Bounds live here so the settings screen, the IPC contract and the
 * stored file all agree. Each field has a default, so parsing `{}` gives `defaultScheduleSettings`.
 */
export const scheduleSettingsSchema = z.object({
  intervalMinutes: z.number().int().min(5).max(240).default(45),
  breakLengthMinutes: z.number().int().min(1).max(15).default(3),
  /** 0 turns the heads-up off; capped well below the shortest interval so it never overlaps the previous break. */
  headsUpSeconds: z.number().int().min(0).max(180).default(60),
  snoozeMinutes: z.number().int().min(1).max(30).default(5),
  /** null = as many snoozes as the person likes. */
  maxSnoozes: z.number().int().min(0).max(10).nullable().default(null),
  /** When true the popup offers no Skip. */
  strict: z.boolean().default(false),
  /** Count time away from the computer (at least one break long) as a break. */
  naturalBreaks: z.boolean().default(true),
  workingHours: workingHoursSchema.default(() => workingHoursSchema.parse({})),
  dailyMoment: dailyMomentSchema.default(() => dailyMomentSchema.parse({})),
  microPauses: microPausesSchema.default(() => microPausesSchema.parse({})),
})

export type ScheduleSettings = z.infer<typeof scheduleSettingsSchema>

export const defaultScheduleSettings: ScheduleSettings = scheduleSettingsSchema.parse({})

/** Minutes since local midnight for a valid 'HH:MM' (the schema guarantees the shape). */
export function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return hours * 60 + minutes
}
