import { z } from 'zod'

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
})

export type ScheduleSettings = z.infer<typeof scheduleSettingsSchema>

export const defaultScheduleSettings: ScheduleSettings = scheduleSettingsSchema.parse({})

/** Minutes since local midnight for a valid 'HH:MM' (the schema guarantees the shape). */
export function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return hours * 60 + minutes
}
