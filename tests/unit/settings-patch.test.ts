import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { restoreDefaultsPatch } from '../../electron/core/restore-defaults'
import { applySettingsPatch, defaultSettings, settingsPatchSchema, type Settings } from '../../electron/core/settings'

const chosen: Settings = {
  ...defaultSettings,
  theme: 'dark',
  language: 'es',
  hotkey: 'CommandOrControl+Shift+Y',
  schedule: {
    ...defaultSettings.schedule,
    intervalMinutes: 30,
    headsUpSeconds: 0,
    maxSnoozes: 2,
    strict: true,
    workingHours: { enabled: true, days: [[], [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }], [], [], [], [], []] },
  },
  touch: { favourites: ['hand-on-heart'] },
  breathing: { ...defaultSettings.breathing, pattern: 'box' },
  path: { status: 'paused', week: 5 },
  firstRun: { welcomed: true, backdraftNoteSeen: true },
}

describe('settingsPatchSchema: a group is replaced whole, so a change must carry all of it', () => {
  const { workingHours, ...scheduleWithoutHours } = chosen.schedule

  it.each(Object.keys(scheduleWithoutHours))('refuses a schedule without %s instead of resetting it', (missing) => {
    const partial = Object.fromEntries(Object.entries(chosen.schedule).filter(([key]) => key !== missing))
    const result = settingsPatchSchema.safeParse({ schedule: partial })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['schedule', missing])
  })

  it('refuses working hours without their days, and a schedule with a field it does not know', () => {
    expect(settingsPatchSchema.safeParse({ schedule: { ...chosen.schedule, workingHours: { enabled: true } } }).success).toBe(false)
    expect(settingsPatchSchema.safeParse({ schedule: { ...scheduleWithoutHours } }).success).toBe(false)
    expect(settingsPatchSchema.safeParse({ schedule: { ...chosen.schedule, intervalSeconds: 10 } }).success).toBe(false)
  })

  it('keeps every schedule field a complete change carries (nothing is filled in from defaults)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 240 }),
        fc.integer({ min: 0, max: 180 }),
        fc.option(fc.integer({ min: 0, max: 10 })),
        fc.boolean(),
        (intervalMinutes, headsUpSeconds, maxSnoozes, strict) => {
          const schedule = { ...chosen.schedule, intervalMinutes, headsUpSeconds, maxSnoozes, strict, workingHours }
          const patch = settingsPatchSchema.parse({ schedule })
          expect(applySettingsPatch(chosen, patch).schedule).toEqual(schedule)
        },
      ),
    )
  })
})

describe('restoreDefaultsPatch', () => {
  it('puts every preference back to its default', () => {
    const restored = applySettingsPatch(chosen, settingsPatchSchema.parse(restoreDefaultsPatch(chosen)))
    for (const key of ['theme', 'language', 'hotkey', 'schedule', 'motion', 'sound', 'delivery', 'breakOpens', 'journal'] as const) {
      expect(restored[key]).toEqual(defaultSettings[key])
    }
  })

  it("keeps the person's own phrases, favourites, breathing pattern, place on the path and the notes already seen", () => {
    const restored = applySettingsPatch(chosen, restoreDefaultsPatch(chosen))
    expect(restored.touch).toEqual(chosen.touch)
    expect(restored.breathing).toEqual(chosen.breathing)
    expect(restored.phrases).toEqual(chosen.phrases)
    expect(restored.path).toEqual({ status: 'paused', week: 5 })
    expect(restored.firstRun).toEqual({ welcomed: true, backdraftNoteSeen: true })
  })
})
