import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applySettingsPatch,
  defaultSettings,
  readSettings,
  settingsSchema,
  settingsVersion,
  type Settings,
  type SettingsMigration,
} from '../../electron/core/settings'

const chosen: Settings = {
  ...defaultSettings,
  hotkey: 'Alt+Shift+B',
  theme: 'dark',
  language: 'es',
  schedule: { ...defaultSettings.schedule, intervalMinutes: 30, breakLengthMinutes: 5 },
  sound: { enabled: true, volume: 70 },
  path: { status: 'on', week: 3 },
}
const nothingToTell = { replacedFields: [], ignoredFields: [], fromNewerVersion: false, migratedFrom: null }

/** A JSON round trip, as the file gives it back. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('default settings', () => {
  it('are valid against their own schema, unchanged by parsing', () => {
    expect(settingsSchema.parse(defaultSettings)).toEqual(defaultSettings)
  })

  it('start with the foundation choices: the documented hotkey, a break every 45 min for 3 min, the system theme', () => {
    expect(defaultSettings).toMatchObject({
      schemaVersion: settingsVersion, hotkey: 'CommandOrControl+Alt+K', theme: 'system',
      schedule: { intervalMinutes: 45, breakLengthMinutes: 3 },
    })
  })
})

describe('readSettings', () => {
  it('keeps a valid file as it is', () => {
    expect(readSettings(stored(chosen))).toEqual({ settings: chosen, ...nothingToTell })
  })

  it('reads nothing stored (a first start) as the defaults, with nothing to tell', () => {
    expect(readSettings(undefined)).toEqual({ settings: defaultSettings, ...nothingToTell })
  })

  it.each([[null], [[]], [[chosen]], ['settings'], [42], [true]])('reads %j, which is not an object, as defaults and says the whole file was replaced', (raw) => {
    expect(readSettings(raw)).toEqual({ settings: defaultSettings, replacedFields: ['(whole file)'], ignoredFields: [], fromNewerVersion: false, migratedFrom: null })
  })

  it('fills fields that are missing with their defaults, without calling them replaced', () => {
    expect(readSettings({ schemaVersion: 1, theme: 'light' })).toEqual({ settings: { ...defaultSettings, theme: 'light' }, ...nothingToTell })
  })

  it('reads a file from before the life focus as no focus, keeping everything else and telling nothing', () => {
    const { lifeFocus: _added, ...before } = stored(chosen) as Settings
    expect(readSettings(before)).toEqual({ settings: { ...chosen, lifeFocus: null }, ...nothingToTell })
  })

  it('keeps a chosen life focus', () => {
    const caring: Settings = { ...chosen, lifeFocus: 'caring' }
    expect(readSettings(stored(caring))).toEqual({ settings: caring, ...nothingToTell })
  })

  it.each([
    ['hotkey', { hotkey: 'K' }],
    ['hotkey', { hotkey: 42 }],
    ['theme', { theme: 'neon' }],
    ['language', { language: 'fr' }],
    ['schedule.intervalMinutes', { schedule: { ...chosen.schedule, intervalMinutes: 2 } }],
    ['schedule.intervalMinutes', { schedule: { ...chosen.schedule, intervalMinutes: '30' } }],
    ['schedule.breakLengthMinutes', { schedule: { ...chosen.schedule, breakLengthMinutes: null } }],
    ['sound.volume', { sound: { enabled: true, volume: 101 } }],
    ['lifeFocus', { lifeFocus: 'retired' }],
    ['path.week', { path: { status: 'on', week: 9 } }],
    ['path.status', { path: { status: 'late', week: 3 } }],
  ])('replaces only %s, names it, and keeps everything else', (field, change) => {
    const reading = readSettings(stored({ ...chosen, ...change }))
    expect(reading.replacedFields).toEqual([field])
    const [group, key] = field.split('.') as [keyof Settings, string | undefined]
    const expected = key === undefined
      ? { ...chosen, [group]: defaultSettings[group] }
      : { ...chosen, [group]: { ...(chosen[group] as object), [key]: (defaultSettings[group] as Record<string, unknown>)[key] } }
    expect(reading.settings).toEqual(expected)
  })

  it('reads a file from before the path as not started on it, keeping everything else and replacing nothing', () => {
    const { path: _path, ...beforeThePath } = chosen
    expect(readSettings(stored(beforeThePath))).toEqual({ settings: { ...chosen, path: { status: 'not-started', week: 1 } }, ...nothingToTell })
  })

  it('reads a schedule saved before the daily rhythm existed with the rhythm off, silently', () => {
    const { dailyMoment: _moment, microPauses: _micro, ...oldSchedule } = chosen.schedule
    const reading = readSettings(stored({ ...chosen, schedule: oldSchedule }))
    expect(reading).toEqual({ settings: chosen, ...nothingToTell })
    expect(reading.settings.schedule.dailyMoment).toEqual({ enabled: false, time: '09:00', opens: 'loving-kindness', onlyWorkingHours: false })
    expect(reading.settings.schedule.microPauses).toEqual({ enabled: false, everyMinutes: 20 })
  })

  it('fills a daily moment saved in part with the defaults of its missing fields, silently', () => {
    const reading = readSettings(stored({ ...chosen, schedule: { ...chosen.schedule, dailyMoment: { enabled: true, time: '18:30' } } }))
    expect(reading.replacedFields).toEqual([])
    expect(reading.settings.schedule.dailyMoment).toEqual({ enabled: true, time: '18:30', opens: 'loving-kindness', onlyWorkingHours: false })
  })

  it.each([
    ['schedule.dailyMoment.time', { dailyMoment: { enabled: true, time: '24:00', opens: 'journal', onlyWorkingHours: true } }],
    ['schedule.dailyMoment.opens', { dailyMoment: { enabled: true, time: '07:15', opens: 'a-stranger', onlyWorkingHours: true } }],
    ['schedule.microPauses.everyMinutes', { microPauses: { enabled: true, everyMinutes: 5 } }],
  ])('replaces only %s of the daily rhythm and keeps the rest of it', (field, change) => {
    const reading = readSettings(stored({ ...chosen, schedule: { ...chosen.schedule, ...change } }))
    expect(reading.replacedFields).toEqual([field])
    const rhythm = reading.settings.schedule
    if (field.includes('dailyMoment')) expect(rhythm.dailyMoment.enabled && rhythm.dailyMoment.onlyWorkingHours).toBe(true)
    else expect(rhythm.microPauses).toEqual({ enabled: true, everyMinutes: 20 })
  })

  it('names every replaced field', () => {
    const reading = readSettings(stored({ ...chosen, hotkey: '', theme: 3, sound: { enabled: 'yes', volume: 70 } }))
    expect(reading.replacedFields.sort()).toEqual(['hotkey', 'sound.enabled', 'theme'])
    expect(reading.settings.sound.volume).toBe(70)
    expect(reading.settings.schedule.intervalMinutes).toBe(30)
  })

  it('drops keys it does not know', () => {
    expect(readSettings(stored({ ...chosen, volume: 11 })).settings).toEqual(chosen)
  })

  describe('migration from version 0 (no schemaVersion, the schedule numbers at the top level)', () => {
    it('moves breakIntervalMinutes and breakLengthMinutes into the schedule and keeps the rest', () => {
      expect(readSettings({ breakIntervalMinutes: 20, breakLengthMinutes: 4, theme: 'dark', hotkey: 'Alt+Shift+B' })).toEqual({
        settings: {
          ...defaultSettings, theme: 'dark', hotkey: 'Alt+Shift+B',
          schedule: { ...defaultSettings.schedule, intervalMinutes: 20, breakLengthMinutes: 4 },
        },
        ...nothingToTell,
        migratedFrom: 0,
      })
    })

    it('treats an explicit schemaVersion 0 the same way', () => {
      expect(readSettings({ schemaVersion: 0, breakIntervalMinutes: 20 }).settings.schedule.intervalMinutes).toBe(20)
    })

    it('names the field when the old interval is out of range', () => {
      const reading = readSettings({ breakIntervalMinutes: 1 })
      expect(reading.replacedFields).toEqual(['schedule.intervalMinutes'])
      expect(reading.settings.schedule.intervalMinutes).toBe(defaultSettings.schedule.intervalMinutes)
    })

    it('does not run on a version 1 file', () => {
      expect(readSettings(stored({ ...chosen, breakIntervalMinutes: 90 })).settings.schedule.intervalMinutes).toBe(30)
    })
  })

  it('runs only the migrations from the stored version up', () => {
    const ran: number[] = []
    const step = (from: number): SettingsMigration => ({ from, migrate: (raw) => (ran.push(from), { ...raw, schemaVersion: from + 1 }) })
    readSettings({ schemaVersion: 0 }, [step(0)])
    expect(ran).toEqual([0])
    ran.length = 0
    readSettings({ schemaVersion: 1 }, [step(0)])
    expect(ran).toEqual([])
  })

  it('flags a file from a newer Kindbreak and still keeps the fields it understands', () => {
    const reading = readSettings(stored({ ...chosen, schemaVersion: settingsVersion + 1, somethingNew: true }))
    expect(reading).toEqual({ settings: chosen, replacedFields: [], ignoredFields: ['somethingNew'], fromNewerVersion: true, migratedFrom: null })
  })

  it('returns schema-valid settings for any junk, and never names a field it kept (property)', () => {
    const junk = fc.oneof(fc.anything(), fc.constantFrom('Ctrl+J', 'K', 'dark', 'es', 5, 15, 240, 241, 0, 12.5, true))
    const topLevel = Object.fromEntries(Object.keys(defaultSettings).map((key) => [key, junk]))
    const file = fc.oneof(
      fc.anything(),
      fc.record({ ...topLevel, schemaVersion: fc.oneof(fc.constantFrom(0, 1, 2), junk), breakIntervalMinutes: junk }, { requiredKeys: [] }),
    )
    fc.assert(
      fc.property(file, (raw) => {
        const { settings, replacedFields } = readSettings(raw)
        expect(settingsSchema.safeParse(settings).success).toBe(true)
        for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
          if (replacedFields.includes(key)) expect(settings[key]).toEqual(defaultSettings[key])
        }
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { schemaVersion?: unknown }).schemaVersion !== 1) return
        for (const key of ['hotkey', 'theme', 'language', 'checkIn', 'startAtLogin'] as const) {
          const kept = settingsSchema.shape[key].safeParse((raw as Record<string, unknown>)[key])
          if (kept.success) expect(settings[key]).toEqual(kept.data)
        }
      }),
    )
  })

  it('reads back any valid settings unchanged (property)', () => {
    const valid = fc.record({
      hotkey: fc.constantFrom('CommandOrControl+Alt+K', 'Alt+Space', 'F7', 'Ctrl+Shift+/'),
      intervalMinutes: fc.integer({ min: 5, max: 240 }),
      breakLengthMinutes: fc.integer({ min: 1, max: 15 }),
      theme: fc.constantFrom('system' as const, 'light' as const, 'dark' as const),
      volume: fc.integer({ min: 0, max: 100 }),
    })
    fc.assert(
      fc.property(valid, ({ hotkey, intervalMinutes, breakLengthMinutes, theme, volume }) => {
        const settings: Settings = {
          ...defaultSettings, hotkey, theme,
          schedule: { ...defaultSettings.schedule, intervalMinutes, breakLengthMinutes },
          sound: { enabled: true, volume },
        }
        expect(readSettings(stored(settings))).toEqual({ settings, ...nothingToTell })
      }),
    )
  })
})

describe('applySettingsPatch', () => {
  it('changes only the fields in the patch and leaves the original alone', () => {
    const before = structuredClone(chosen)
    expect(applySettingsPatch(chosen, { theme: 'light', checkIn: false })).toEqual({ ...chosen, theme: 'light', checkIn: false })
    expect(chosen).toEqual(before)
  })

  it.each([
    { schedule: { ...defaultSettings.schedule, intervalMinutes: 4 } },
    { sound: { enabled: true, volume: 101 } },
    { hotkey: 'Ctrl' },
    { theme: 'neon' },
  ])('refuses %j', (patch) => {
    expect(() => applySettingsPatch(chosen, patch as never)).toThrow()
  })
})
