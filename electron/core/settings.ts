import { z } from 'zod'
import { checkAccelerator } from './accelerator'
import { locales } from '../common/locale'
import { libraryPracticeIds } from '../common/library'
import { lifeFocuses } from '../common/life-focus'
import { notStarted, pathLength, pathStatuses } from '../common/path'
import { phraseBankSchema } from './phrases'
import { dailyMomentSchema, defaultScheduleSettings, microPausesSchema, scheduleSettingsSchema, workingHoursSchema } from './scheduler/settings'

/**
 * What a person can change, with its bounds and defaults. Read once at start-up and kept in memory;
 * the storage adapter writes the whole object atomically on every change.
 */
export const settingsVersion = 1

const accelerator = z.string().superRefine((value, ctx) => {
  const check = checkAccelerator(value)
  if (!check.ok) ctx.addIssue({ code: 'custom', message: `not a usable hotkey (${check.reason})` })
})

/** An id of content the window owns (a breathing pattern, a touch cue): checked against the content there. */
const contentId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'not a content id')

const halfSeconds = (min: number) => z.number().min(min).max(20).multipleOf(0.5)

export const breathingPreferencesSchema = z.object({
  pattern: contentId,
  /** Seconds per phase of the custom pattern, in 0.5 s steps; in and out at least 1 s. */
  custom: z.object({ in: halfSeconds(1), 'hold-in': halfSeconds(0), out: halfSeconds(1), 'hold-out': halfSeconds(0) }).strict(),
  /** null = until I stop. */
  sessionMinutes: z.number().int().min(1).max(5).nullable(),
  givingAndReceiving: z.boolean(),
  handOnHeart: z.boolean(),
})

/**
 * What a timed break can open: one practice, the start of the window to choose from, a turn through the
 * person's favourites, or a turn through the practices that fit the break's length.
 */
export const practiceChoices = ['compassion-break', 'breathe', 'touch', 'reframe', 'choose', 'favourites', 'fits-the-break'] as const

/** Where the person is on the gentle path; also carried in the journal's backup (core/practice-backup.ts). */
export const pathStateSchema = z.object({ status: z.enum(pathStatuses), week: z.number().int().min(1).max(pathLength) }).strict()

export const settingsSchema = z.object({
  schemaVersion: z.literal(settingsVersion),
  language: z.enum(['system', ...locales]),
  theme: z.enum(['system', 'light', 'dark']),
  motion: z.enum(['system', 'reduced', 'full']),
  hotkey: accelerator,
  schedule: scheduleSettingsSchema,
  /** What a timed break opens. */
  breakOpens: z.enum(practiceChoices),
  /** A small popup window, or only an OS notification, when a break is due. */
  delivery: z.enum(['popup', 'notification']),
  sound: z.object({ enabled: z.boolean(), volume: z.number().int().min(0).max(100) }).strict(),
  startAtLogin: z.boolean(),
  /** Ask "how harsh or kind am I being with myself?" before and after a practice. */
  checkIn: z.boolean(),
  breathing: breathingPreferencesSchema.strict(),
  touch: z.object({ favourites: z.array(contentId).max(20) }).strict(),
  /** The library's favourites, in the order the person marked them. */
  library: z.object({ favourites: z.array(z.enum(libraryPracticeIds)).max(libraryPracticeIds.length) }).strict(),
  /** The guided practices' sounds and voice: a soft bell at the start and the end, and reading each step aloud. */
  guidance: z
    .object({
      bell: z.boolean(),
      readAloud: z.boolean(),
      /** The voice's identifier on this computer (voiceURI), or null for the system's voice for the language. */
      voice: z.string().min(1).max(300).nullable(),
    })
    .strict(),
  /** Where the person is on the gentle eight-week path: only ever moved by their own choice. */
  path: pathStateSchema,
  /** null = our default phrases in the person's language. */
  phrases: phraseBankSchema.nullable(),
  /** What the person's days are much about, if they say: only examples and suggested phrases follow it. null = none. */
  lifeFocus: z.enum(lifeFocuses).nullable(),
  /** Whether the journal is encrypted; whether the letter to oneself shows its three prompts (the person can hide them). */
  journal: z.object({ encrypt: z.boolean(), showLetterPrompts: z.boolean() }).strict(),
  /** A due break waits (and comes right after) while the person is in a call, in Do Not Disturb, or presenting. */
  holdBreaks: z.object({ calls: z.boolean(), doNotDisturb: z.boolean(), fullscreen: z.boolean() }).strict(),
  firstRun: z.object({ welcomed: z.boolean(), backdraftNoteSeen: z.boolean() }).strict(),
})
export type Settings = z.infer<typeof settingsSchema>

export const defaultSettings: Settings = {
  schemaVersion: settingsVersion,
  language: 'system',
  theme: 'system',
  motion: 'system',
  hotkey: 'CommandOrControl+Alt+K',
  schedule: defaultScheduleSettings,
  breakOpens: 'compassion-break',
  delivery: 'popup',
  sound: { enabled: false, volume: 40 },
  startAtLogin: false,
  checkIn: true,
  breathing: {
    pattern: 'natural',
    custom: { in: 4, 'hold-in': 2, out: 6, 'hold-out': 0 },
    sessionMinutes: 2,
    givingAndReceiving: false,
    handOnHeart: true,
  },
  touch: { favourites: [] },
  library: { favourites: [] },
  guidance: { bell: false, readAloud: false, voice: null },
  path: notStarted,
  phrases: null,
  lifeFocus: null,
  journal: { encrypt: true, showLetterPrompts: true },
  holdBreaks: { calls: true, doNotDisturb: true, fullscreen: true },
  firstRun: { welcomed: false, backdraftNoteSeen: false },
}

/**
 * The schedule as a change must carry it: every field, nothing unknown. The stored schema fills gaps with
 * defaults (right for reading an old file), but in a change a gap would silently reset what the person set.
 */
const completeScheduleSchema = scheduleSettingsSchema
  .required()
  .extend({
    workingHours: workingHoursSchema.required().strict(),
    dailyMoment: dailyMomentSchema.required().strict(),
    microPauses: microPausesSchema.required().strict(),
  })
  .strict()

/**
 * A change the renderer may ask for: any subset of the top-level fields, nothing else (unknown keys are
 * refused). A group is replaced whole, so it must be complete.
 */
export const settingsPatchSchema = settingsSchema
  .omit({ schemaVersion: true })
  .extend({ schedule: completeScheduleSchema })
  .partial()
  .strict()
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  return settingsSchema.parse({ ...settings, ...patch })
}

/** One step of the ordered migration list: turns a raw object of version `from` into version `from + 1`. */
export interface SettingsMigration {
  from: number
  migrate(raw: Record<string, unknown>): Record<string, unknown>
}

/**
 * Version 0 is what an unversioned file holds: the first prototype's flat shape, where the schedule's two
 * numbers sat at the top level. Keeping this step proves the mechanism on real data.
 */
export const settingsMigrations: readonly SettingsMigration[] = [
  {
    from: 0,
    migrate: ({ breakIntervalMinutes, breakLengthMinutes, ...rest }) => {
      const schedule = isPlainObject(rest.schedule) ? rest.schedule : {}
      return {
        ...rest,
        schedule: {
          ...defaultScheduleSettings,
          ...(breakIntervalMinutes === undefined ? {} : { intervalMinutes: breakIntervalMinutes }),
          ...(breakLengthMinutes === undefined ? {} : { breakLengthMinutes }),
          ...schedule,
        },
        schemaVersion: 1,
      }
    },
  },
]

export interface SettingsReading {
  settings: Settings
  /** Names of fields whose stored value could not be used and fell back to the default. */
  replacedFields: string[]
  /** Names of stored fields Kindbreak does not know (from another program, or a newer Kindbreak): dropped. */
  ignoredFields: string[]
  /** True when the stored data was written by a newer Kindbreak than this one. */
  fromNewerVersion: boolean
  /** The stored version when migrations ran on it, else null. */
  migratedFrom: number | null
}

/**
 * Reads whatever was stored, migrates it, and keeps every field that is still valid. A field that is
 * not valid falls back to its default and is named in `replacedFields`, so the caller can tell the person.
 */
export function readSettings(
  raw: unknown,
  migrations: readonly SettingsMigration[] = settingsMigrations,
): SettingsReading {
  if (!isPlainObject(raw)) {
    return { settings: defaultSettings, replacedFields: raw === undefined ? [] : ['(whole file)'], ignoredFields: [], fromNewerVersion: false, migratedFrom: null }
  }
  const storedVersion = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0
  let migrated: Record<string, unknown> = raw
  for (const step of migrations) {
    if (step.from >= storedVersion && step.from < settingsVersion) migrated = step.migrate(migrated)
  }
  const replacedFields: string[] = []
  // A newer file's version number is not a problem with the person's settings; its unknown fields just drop out.
  const settings = salvage(settingsSchema, { ...migrated, schemaVersion: settingsVersion }, defaultSettings, '', replacedFields)
  return {
    settings: settingsSchema.parse(settings),
    replacedFields,
    ignoredFields: Object.keys(migrated).filter((key) => !(key in settingsSchema.shape)),
    fromNewerVersion: storedVersion > settingsVersion,
    migratedFrom: storedVersion < settingsVersion ? storedVersion : null,
  }
}

/**
 * Keeps what is valid, field by field, descending into nested groups (so one bad breathing option does not
 * cost the others); what is not valid falls back to the default and its dotted name is recorded.
 */
function salvage(schema: z.ZodType, stored: unknown, fallback: unknown, path: string, replaced: string[]): unknown {
  if (stored === undefined) return fallback
  const parsed = schema.safeParse(stored)
  if (parsed.success) return parsed.data
  // A group with a default (the schedule's working hours, daily moment, micro-pauses) is salvaged field by field too.
  const group = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema
  if (group instanceof z.ZodObject && isPlainObject(stored) && isPlainObject(fallback)) {
    const shape = group.shape as Record<string, z.ZodType>
    return Object.fromEntries(
      Object.entries(shape).map(([key, field]) => [key, salvage(field, stored[key], fallback[key], path ? `${path}.${key}` : key, replaced)]),
    )
  }
  replaced.push(path || '(whole file)')
  return fallback
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
