import { describe, expect, it } from 'vitest'
import { catalogs } from '../../electron/common/catalog'
import { guidedCatalogs } from '../../electron/common/catalog/guided-index'
import { anchors } from '../../electron/common/catalog/guided-words'
import { guidedPracticeIds, libraryEntry } from '../../electron/common/library'
import { locales } from '../../electron/common/locale'
import { guidedPractices } from '../../renderer/src/content/guided'
import { touchCueIds } from '../../renderer/src/content/touch'

/**
 * The guided practices are data; these are the rules that data keeps: every step worded in every language,
 * lengths that add up to what the library says, no empty step, anchors where the breath is the anchor.
 */
describe.each(guidedPracticeIds)('the guided practice %s', (id) => {
  const practice = guidedPractices[id]
  const entry = libraryEntry(id)
  const stepIds = new Set(practice.lengths.flatMap((length) => length.steps.map((step) => step.id)))

  it('has the id it is listed under and the lengths the library shows, shortest first', () => {
    expect(practice.id).toBe(id)
    expect(practice.lengths.map((length) => length.minutes)).toEqual(entry.minutes)
  })

  it.each(practice.lengths.map((length) => [length.minutes, length] as const))('at %i minutes its steps add up to that length (within 15 %%)', (minutes, length) => {
    const seconds = length.steps.reduce((sum, step) => sum + (step.seconds ?? 0), 0)
    expect(seconds).toBeGreaterThanOrEqual(minutes * 60 * 0.85)
    expect(seconds).toBeLessThanOrEqual(minutes * 60 * 1.15)
    expect(length.steps.length).toBeGreaterThanOrEqual(3)
    for (const step of length.steps) if (step.seconds !== null) expect(step.seconds).toBeGreaterThanOrEqual(10)
    // Waiting for the person is for a moment or two, never the whole practice.
    expect(length.steps.filter((step) => step.seconds === null).length).toBeLessThanOrEqual(2)
  })

  it('rests on the breath only with another anchor offered, and paces a breath only where the breath is the anchor', () => {
    const offered = practice.anchors ?? []
    if (entry.breath) {
      expect(offered[0]).toBe('breath')
      expect(offered.length).toBeGreaterThanOrEqual(2)
    } else expect(offered).not.toContain('breath')
    for (const anchor of offered) expect(anchors).toContain(anchor)
    const steps = practice.lengths.flatMap((length) => length.steps)
    for (const step of steps) {
      if (step.pace) expect(entry.breath).toBe(true)
      if (step.anchored) expect(offered.length).toBeGreaterThanOrEqual(2)
      if (step.touch) expect(touchCueIds).toContain(step.touch)
    }
    if (offered.length >= 2) expect(steps.some((step) => step.anchored)).toBe(true)
  })

  it.each(locales)('is worded in %s: a name, a summary, an intro, a closing, and every step with a title and one to three lines', (locale) => {
    const words = guidedCatalogs[locale][id]
    const { name, summary } = catalogs[locale].guidedNames[id]
    for (const text of [name, summary, words.intro, words.closing]) expect(text.trim()).not.toBe('')
    for (const stepId of stepIds) {
      const step = words.steps[stepId]
      expect(step, `${locale} ${id} ${stepId}`).toBeDefined()
      expect(step?.title.trim()).not.toBe('')
      expect(step?.lines.length).toBeGreaterThanOrEqual(1)
      expect(step?.lines.length).toBeLessThanOrEqual(3)
      for (const line of step?.lines ?? []) expect(line.trim()).not.toBe('')
    }
    // Words no step uses would be words no one ever sees.
    expect(Object.keys(words.steps).sort()).toEqual([...stepIds].sort())
  })

  it.each(locales)('in %s, a step that follows the anchor has lines for every other anchor offered, and a question has its label', (locale) => {
    const words = guidedCatalogs[locale][id]
    for (const step of practice.lengths.flatMap((length) => length.steps)) {
      const stepWords = words.steps[step.id]
      if (step.anchored) {
        for (const anchor of (practice.anchors ?? []).filter((offered) => offered !== 'breath')) {
          expect(stepWords?.anchored?.[anchor]?.length, `${locale} ${id} ${step.id} ${anchor}`).toBeGreaterThanOrEqual(1)
        }
      } else expect(stepWords?.anchored).toBeUndefined()
      if (step.answer) expect(stepWords?.answerLabel?.trim()).toBeTruthy()
      else expect(stepWords?.answerLabel).toBeUndefined()
    }
  })

  it('never names the program it is inspired by', () => {
    for (const locale of locales) expect(JSON.stringify([guidedCatalogs[locale][id], catalogs[locale].guidedNames[id]])).not.toMatch(/mindful self-compassion|\bMSC\b|autocompasión consciente/i)
  })
})
