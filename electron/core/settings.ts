import { z } from 'zod'
import { checkAccelerator } from './accelerator'

/**
 * What a person can change, with its bounds and defaults. Read once at start-up and kept in memory;
 * the storage adapter writes the whole object atomically on every change.
 */
export const settingsVersion = 1

const accelerator = z.string().superRefine((value, ctx) => {
  const check = checkAccelerator(value)
  if (!check.ok) ctx.addIssue({ code: 'custom', message: `not a usable hotkey (${check.reason})` })
})

export const settingsSchema = z.object({
  schemaVersion: z.literal(settingsVersion),
  hotkey: accelerator,
  breakIntervalMinutes: z.number().int().min(5).max(240),
  breakLengthMinutes: z.number().int().min(1).max(15),
  theme: z.enum(['system', 'light', 'dark']),
})
export type Settings = z.infer<typeof settingsSchema>

export const defaultSettings: Settings = {
  schemaVersion: settingsVersion,
  hotkey: 'CommandOrControl+Alt+K',
  breakIntervalMinutes: 45,
  breakLengthMinutes: 3,
  theme: 'system',
}

/** A change the renderer may ask for: any subset of the fields, nothing else (unknown keys are refused). */
export const settingsPatchSchema = settingsSchema.omit({ schemaVersion: true }).partial().strict()
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
 * Version 0 is what an unversioned file holds (the shape before `schemaVersion` existed, where the
 * interval was called `intervalMinutes`). Keeping this step proves the mechanism on real data.
 */
export const settingsMigrations: readonly SettingsMigration[] = [
  {
    from: 0,
    migrate: ({ intervalMinutes, ...rest }) => ({
      ...rest,
      ...(intervalMinutes === undefined ? {} : { breakIntervalMinutes: intervalMinutes }),
      schemaVersion: 1,
    }),
  },
]

export interface SettingsReading {
  settings: Settings
  /** Names of fields whose stored value could not be used and fell back to the default. */
  replacedFields: string[]
  /** True when the stored data was written by a newer Kindbreak than this one. */
  fromNewerVersion: boolean
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
    return { settings: defaultSettings, replacedFields: raw === undefined ? [] : ['(whole file)'], fromNewerVersion: false }
  }
  const storedVersion = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0
  let migrated: Record<string, unknown> = raw
  for (const step of migrations) {
    if (step.from >= storedVersion && step.from < settingsVersion) migrated = step.migrate(migrated)
  }
  const settings: Record<string, unknown> = { ...defaultSettings }
  const replacedFields: string[] = []
  const fields = settingsSchema.shape
  for (const key of Object.keys(fields) as (keyof Settings)[]) {
    if (key === 'schemaVersion' || !(key in migrated)) continue
    const parsed = fields[key].safeParse(migrated[key])
    if (parsed.success) settings[key] = parsed.data
    else replacedFields.push(key)
  }
  return {
    settings: settingsSchema.parse(settings),
    replacedFields,
    fromNewerVersion: storedVersion > settingsVersion,
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
