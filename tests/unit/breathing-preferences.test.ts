import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { breathingPreferencesSchema, defaultSettings } from '../../electron/core/settings'
import { checkCustomDurations, customPhaseKinds } from '../../renderer/src/breathe/custom-pattern'
import { choiceFromPreferences, patternOfChoice, preferencesFromChoice } from '../../renderer/src/breathe/preferences'
import { formatSecondsInput, parseSecondsInput } from '../../renderer/src/breathe/seconds-input'
import { breathingPatterns, patternIds, sessionLengthChoices } from '../../renderer/src/content/breathing'

const halves = (min: number) => fc.integer({ min: min * 2, max: 40 }).map((n) => n / 2)
const choiceArb = fc.record({
  patternId: fc.constantFrom(...patternIds),
  custom: fc.record({ in: halves(1), 'hold-in': halves(0), out: halves(1), 'hold-out': halves(0) }),
  length: fc.constantFrom(...sessionLengthChoices),
  givingAndReceiving: fc.boolean(),
  handOnHeart: fc.boolean(),
})

describe('breathing preferences', () => {
  it('every choice is saved as settings the settings schema accepts, and reads back the same', () => {
    fc.assert(
      fc.property(choiceArb, (choice) => {
        const saved = preferencesFromChoice(choice)
        expect(breathingPreferencesSchema.strict().safeParse(saved).success).toBe(true)
        expect(choiceFromPreferences(saved)).toEqual(choice)
      }),
    )
  })

  it('the defaults open on natural rhythm for two minutes', () => {
    expect(choiceFromPreferences(defaultSettings.breathing)).toMatchObject({ patternId: 'natural', length: 2 })
  })

  it('a pattern this version does not know (written by another version) falls back to natural rhythm', () => {
    expect(choiceFromPreferences({ ...defaultSettings.breathing, pattern: 'wim-hof' }).patternId).toBe('natural')
  })

  it('a preset breathes as written; custom breathes the person\'s own seconds', () => {
    for (const preset of breathingPatterns.filter((pattern) => pattern.id !== 'custom')) {
      expect(patternOfChoice({ patternId: preset.id, custom: defaultSettings.breathing.custom })).toBe(preset)
    }
    const custom = { in: 3.5, 'hold-in': 0, out: 7, 'hold-out': 1 }
    expect(patternOfChoice({ patternId: 'custom', custom }).phases).toEqual(customPhaseKinds.map((kind) => ({ kind, seconds: custom[kind] })))
  })
})

describe('typing seconds', () => {
  it('reads what was written with a point or a comma', () => {
    expect(parseSecondsInput('4')).toBe(4)
    expect(parseSecondsInput(' 4.5 ')).toBe(4.5)
    expect(parseSecondsInput('4,5')).toBe(4.5)
    expect(parseSecondsInput('.5')).toBe(0.5)
  })

  it('refuses anything that is not a plain number, so the check can name it', () => {
    for (const typed of ['', ' ', 'four', '4s', '-1', '1e1', '4..5', '4,5,5', 'Infinity', '0x10']) {
      expect(parseSecondsInput(typed), typed).toBeNaN()
      expect(checkCustomDurations({ in: parseSecondsInput(typed), 'hold-in': 0, out: 4, 'hold-out': 0 })).toMatchObject({
        ok: false,
        problems: { in: 'not-a-number' },
      })
    }
  })

  it('shows a number back so that reading it gives the same number, in both languages', () => {
    fc.assert(
      fc.property(halves(0), fc.constantFrom('en', 'es'), (seconds, locale) => {
        expect(parseSecondsInput(formatSecondsInput(seconds, locale))).toBe(seconds)
      }),
    )
    expect(formatSecondsInput(4.5, 'es')).toBe('4,5')
  })
})
