import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateDraft, validateEntry, CURRENT_SCHEMA_VERSION } from '../../electron/core/journal'
import { catalogs } from '../../electron/common/catalog'
import { feelingIds, tagLabels, thinkingTrapIds } from '../../electron/common/journal-tags'
import { locales } from '../../electron/common/locale'
import { pooledMean, summariseTrend } from '../../renderer/src/journal/trend-summary'
import { emptyForm, reframeEntryForm, stepOf, type ReframeForm } from '../../renderer/src/reframe/form-state'
import { characterCount, isBlank } from '../../renderer/src/writing/entry-form'
import { typedText } from './fixtures/journal-entries'

const chipIds = [...feelingIds, ...thinkingTrapIds]
const { toInput: toDraftInput, from: formFrom, problems: formProblems } = reframeEntryForm

const arbitraryForm: fc.Arbitrary<ReframeForm> = fc.record({
  harshVoice: typedText,
  situation: typedText,
  feelings: fc.uniqueArray(fc.constantFrom(...feelingIds), { maxLength: 3 }),
  intensityBefore: fc.option(fc.integer({ min: 0, max: 10 })),
  mindfulNaming: typedText,
  commonHumanity: typedText,
  kindReply: typedText,
  intensityAfter: fc.option(fc.integer({ min: 0, max: 10 })),
  thinkingTraps: fc.uniqueArray(fc.constantFrom(...thinkingTrapIds), { maxLength: 2 }),
})

describe('the reframing form', () => {
  it('sends only what was written or chosen', () => {
    // Always with its kind, so main files the draft and the entry as a reframing.
    expect(toDraftInput(emptyForm)).toEqual({ kind: 'reframe' })
    expect(isBlank(reframeEntryForm, { ...emptyForm, situation: '   ' })).toBe(true)
    expect(isBlank(reframeEntryForm, { ...emptyForm, intensityAfter: 0 })).toBe(false)
    expect(toDraftInput({ ...emptyForm, harshVoice: 'Lazy.', intensityBefore: 0, feelings: ['sad'] })).toEqual({ kind: 'reframe', harshVoice: 'Lazy.', intensityBefore: 0, feelings: ['sad'] })
  })

  it('whatever is typed, what it sends is a draft main accepts, and comes back to the same form', () => {
    fc.assert(
      fc.property(arbitraryForm, (form) => {
        const draft = validateDraft(toDraftInput(form))
        expect(draft.ok).toBe(true)
        if (!draft.ok) return
        const again = formFrom(draft.value)
        expect(toDraftInput(again)).toEqual(toDraftInput(form))
      }),
    )
  })

  it('finds the same problems main would: nothing written, or a field over the limit counted in characters', () => {
    expect(formProblems(emptyForm)).toEqual([{ field: null, kind: 'nothing-written' }])
    expect(formProblems({ ...emptyForm, kindReply: '🌱'.repeat(10_000) })).toEqual([])
    expect(formProblems({ ...emptyForm, kindReply: '🌱'.repeat(10_001) })).toEqual([{ field: 'kindReply', kind: 'too-long' }])
    expect(characterCount('e\u0301🌱')).toBe(3)
    fc.assert(
      fc.property(arbitraryForm, (form) => {
        const entry = validateEntry({ ...toDraftInput(form), id: 'x', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: 0, updatedAt: 0 })
        expect(entry.ok).toBe(formProblems(form).length === 0)
      }),
    )
  })

  it('sends a person back to the step that holds the field', () => {
    expect(['harshVoice', 'situation', 'feelings', 'intensityBefore'].map(stepOf)).toEqual(['harsh', 'harsh', 'harsh', 'harsh'])
    expect(['mindfulNaming', 'commonHumanity', 'kindReply', 'intensityAfter', 'thinkingTraps'].map(stepOf)).toEqual(['kind', 'kind', 'kind', 'kind', 'kind'])
  })
})

describe('chips and prompts', () => {
  it('have unique ids that entries accept', () => {
    expect(new Set(chipIds).size).toBe(chipIds.length)
    expect(validateDraft({ feelings: [...feelingIds], thinkingTraps: [...thinkingTrapIds] }).ok).toBe(true)
  })

  it.each(locales)('are written in %s, and label every chip for the readable export', (locale) => {
    const { practices, shared } = catalogs[locale]
    const texts = [
      ...Object.values(practices.reframe.prompts).flatMap((prompt) => Object.values(prompt)),
      ...feelingIds.map((id) => shared.feelings[id]),
      ...thinkingTrapIds.flatMap((id) => [shared.thinkingTraps[id].label, shared.thinkingTraps[id].description]),
    ]
    for (const text of texts) {
      expect(text.trim()).not.toBe('')
      expect(text).not.toMatch(/\bMSC\b|mindful self-compassion/i)
    }
    expect(Object.keys(tagLabels(locale)).sort()).toEqual([...chipIds].sort())
    expect(Object.values(tagLabels(locale)).every((label) => label.trim() !== '')).toBe(true)
  })

  it('words the chips in the export as the window does', () => {
    expect(tagLabels('es').anxious).toBe('Ansiedad')
    expect(tagLabels('en')['self-blame']).toBe('Taking all the blame')
  })
})

describe('the trend in words', () => {
  it('pools weekly averages by how many answers each holds', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 6 }), { maxLength: 8 }), (weeks) => {
        const averages = weeks.map((values) => ({ mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null, count: values.length }))
        const all = weeks.flat()
        const pooled = pooledMean(averages)
        if (all.length === 0) expect(pooled).toBeNull()
        else expect(pooled).toBeCloseTo(all.reduce((a, b) => a + b, 0) / all.length, 9)
      }),
    )
  })

  it('leaves out what has no answers, and adds up the practice minutes', () => {
    const none = { mean: null, count: 0 }
    const summary = summariseTrend({
      weeks: [
        { weekStart: '2026-11-16', checkIns: { before: { mean: 4, count: 1 }, after: none }, intensity: { before: none, after: none } },
        { weekStart: '2026-11-23', checkIns: { before: { mean: 6, count: 3 }, after: { mean: 8, count: 2 } }, intensity: { before: none, after: none } },
      ],
      days: [{ day: '2026-11-25', minutes: 1.5 }, { day: '2026-11-26', minutes: 2.25 }],
    })
    expect(summary).toEqual({ checkIns: { before: 5.5, after: 8 }, intensity: null, practiceMinutes: 3.8, days: 2 })
  })
})
