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

const chosen: Settings = { schemaVersion: 1, hotkey: 'Alt+Shift+B', breakIntervalMinutes: 30, breakLengthMinutes: 5, theme: 'dark' }
const fieldNames = ['hotkey', 'breakIntervalMinutes', 'breakLengthMinutes', 'theme'] as const

describe('default settings', () => {
  it('are valid against their own schema', () => {
    expect(settingsSchema.parse(defaultSettings)).toEqual(defaultSettings)
  })

  it('are the documented ones', () => {
    expect(defaultSettings).toEqual({
      schemaVersion: settingsVersion, hotkey: 'CommandOrControl+Alt+K', breakIntervalMinutes: 45, breakLengthMinutes: 3, theme: 'system',
    })
  })
})

describe('readSettings', () => {
  it('keeps a valid file as it is', () => {
    expect(readSettings(chosen)).toEqual({ settings: chosen, replacedFields: [], fromNewerVersion: false })
  })

  it('reads nothing stored (a first start) as the defaults, with nothing to tell', () => {
    expect(readSettings(undefined)).toEqual({ settings: defaultSettings, replacedFields: [], fromNewerVersion: false })
  })

  it.each([null, [], [chosen], 'settings', 42, true])('reads %j, which is not an object, as defaults and says the whole file was replaced', (raw) => {
    expect(readSettings(raw)).toEqual({ settings: defaultSettings, replacedFields: ['(whole file)'], fromNewerVersion: false })
  })

  it('fills fields that are missing with their defaults, without calling them replaced', () => {
    expect(readSettings({ schemaVersion: 1, theme: 'light' })).toEqual({
      settings: { ...defaultSettings, theme: 'light' }, replacedFields: [], fromNewerVersion: false,
    })
  })

  it.each([
    ['hotkey', 'K'],
    ['hotkey', 42],
    ['breakIntervalMinutes', 2],
    ['breakIntervalMinutes', '30'],
    ['breakLengthMinutes', 16],
    ['breakLengthMinutes', null],
    ['theme', 'neon'],
  ])('replaces only %s when it holds %j, and names it', (field, value) => {
    const reading = readSettings({ ...chosen, [field]: value })
    expect(reading.replacedFields).toEqual([field])
    expect(reading.settings).toEqual({ ...chosen, [field]: defaultSettings[field as keyof Settings] })
  })

  it('names every replaced field', () => {
    const reading = readSettings({ ...chosen, hotkey: '', theme: 3, breakLengthMinutes: 0 })
    expect(reading.replacedFields.sort()).toEqual(['breakLengthMinutes', 'hotkey', 'theme'])
    expect(reading.settings.breakIntervalMinutes).toBe(30)
  })

  it('drops keys it does not know', () => {
    expect(readSettings({ ...chosen, volume: 11 }).settings).toEqual(chosen)
  })

  describe('migration from version 0 (no schemaVersion, "intervalMinutes")', () => {
    it('moves intervalMinutes to breakIntervalMinutes and keeps the rest', () => {
      expect(readSettings({ intervalMinutes: 20, theme: 'dark', hotkey: 'Alt+Shift+B' })).toEqual({
        settings: { ...defaultSettings, breakIntervalMinutes: 20, theme: 'dark', hotkey: 'Alt+Shift+B' },
        replacedFields: [],
        fromNewerVersion: false,
      })
    })

    it('treats an explicit schemaVersion 0 the same way', () => {
      expect(readSettings({ schemaVersion: 0, intervalMinutes: 20 }).settings.breakIntervalMinutes).toBe(20)
    })

    it('names the field when the old interval is out of range', () => {
      const reading = readSettings({ intervalMinutes: 1 })
      expect(reading.replacedFields).toEqual(['breakIntervalMinutes'])
      expect(reading.settings.breakIntervalMinutes).toBe(defaultSettings.breakIntervalMinutes)
    })

    it('does not run on a version 1 file, which has no intervalMinutes to move', () => {
      expect(readSettings({ ...chosen, intervalMinutes: 90 }).settings.breakIntervalMinutes).toBe(30)
    })
  })

  it('runs only the migrations from the stored version up, in order', () => {
    const ran: number[] = []
    const step = (from: number): SettingsMigration => ({ from, migrate: (raw) => (ran.push(from), { ...raw, schemaVersion: from + 1 }) })
    readSettings({ schemaVersion: 0 }, [step(0)])
    expect(ran).toEqual([0])
    ran.length = 0
    readSettings({ schemaVersion: 1 }, [step(0)])
    expect(ran).toEqual([])
  })

  it('flags a file from a newer Kindbreak and still keeps the fields it understands', () => {
    const reading = readSettings({ ...chosen, schemaVersion: settingsVersion + 1, somethingNew: true })
    expect(reading).toEqual({ settings: chosen, replacedFields: [], fromNewerVersion: true })
  })

  it('returns schema-valid settings for any junk, and keeps exactly the valid fields (property)', () => {
    const junk = fc.oneof(fc.anything(), fc.constantFrom('Ctrl+J', 'K', 'dark', 'light', 5, 15, 240, 241, 0, 1, 12.5))
    const stored = fc.oneof(
      fc.anything(),
      fc.record(
        { schemaVersion: fc.oneof(fc.constantFrom(0, 1, 2), junk), hotkey: junk, breakIntervalMinutes: junk, breakLengthMinutes: junk, theme: junk, intervalMinutes: junk },
        { requiredKeys: [] },
      ),
    )
    fc.assert(
      fc.property(stored, (raw) => {
        const { settings, replacedFields } = readSettings(raw)
        expect(settingsSchema.safeParse(settings).success).toBe(true)
        for (const field of fieldNames) {
          if (settings[field] !== defaultSettings[field]) expect(replacedFields).not.toContain(field)
          if (replacedFields.includes(field)) expect(settings[field]).toBe(defaultSettings[field])
        }
        // breakIntervalMinutes is left out: in a version 0 file it comes from intervalMinutes instead.
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return
        for (const field of ['hotkey', 'breakLengthMinutes', 'theme'] as const) {
          const stored = settingsSchema.shape[field].safeParse((raw as Record<string, unknown>)[field])
          if (stored.success) expect(settings[field]).toBe(stored.data)
        }
      }),
    )
  })

  it('reads back any valid settings unchanged (property)', () => {
    const valid = fc.record({
      schemaVersion: fc.constant(settingsVersion as 1),
      hotkey: fc.constantFrom('CommandOrControl+Alt+K', 'Alt+Space', 'F7', 'Ctrl+Shift+/'),
      breakIntervalMinutes: fc.integer({ min: 5, max: 240 }),
      breakLengthMinutes: fc.integer({ min: 1, max: 15 }),
      theme: fc.constantFrom('system' as const, 'light' as const, 'dark' as const),
    })
    fc.assert(
      fc.property(valid, (settings) => {
        expect(readSettings(JSON.parse(JSON.stringify(settings)))).toEqual({ settings, replacedFields: [], fromNewerVersion: false })
      }),
    )
  })
})

describe('applySettingsPatch', () => {
  it('changes only the fields in the patch and leaves the original alone', () => {
    const before = { ...chosen }
    expect(applySettingsPatch(chosen, { theme: 'light', breakLengthMinutes: 2 })).toEqual({ ...chosen, theme: 'light', breakLengthMinutes: 2 })
    expect(chosen).toEqual(before)
  })

  it.each([
    { breakIntervalMinutes: 4 },
    { breakLengthMinutes: 100 },
    { hotkey: 'Ctrl' },
    { theme: 'neon' },
  ])('refuses %j', (patch) => {
    expect(() => applySettingsPatch(chosen, patch as never)).toThrow()
  })
})
