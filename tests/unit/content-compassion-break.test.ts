import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { catalogs } from '../../electron/common/catalog'
import { locales } from '../../electron/common/locale'
import {
  breakStepSeconds,
  compassionBreakSteps,
  difficultyMaxLength,
  weaveDifficulty,
} from '../../renderer/src/content/compassion-break'
import { phraseSteps } from '../../electron/common/phrases'

const occurrences = (text: string, part: string) => text.split(part).length - 1

/** Each step's words in each language, as [language, step id, words] rows. */
const stepWords = locales.flatMap((locale) =>
  compassionBreakSteps.map((step) => [locale, step.id, catalogs[locale].practices.compassionBreak.steps[step.id]] as const),
)
/** A word no line contains, to find where a template puts the word. */
const marker = '\u{E000}'

describe('self-compassion break steps', () => {
  it('runs mindfulness, then common humanity, then kindness, matching the phrase-bank steps', () => {
    expect(compassionBreakSteps.map((step) => step.id)).toEqual([...phraseSteps])
  })

  it('gives every card 20 to 40 seconds, so the whole break fits in one to three minutes', () => {
    for (const step of compassionBreakSteps) {
      expect(step.seconds).toBeGreaterThanOrEqual(breakStepSeconds.min)
      expect(step.seconds).toBeLessThanOrEqual(breakStepSeconds.max)
    }
    const total = compassionBreakSteps.reduce((sum, step) => sum + step.seconds, 0)
    expect(total).toBeGreaterThanOrEqual(60)
    expect(total).toBeLessThanOrEqual(180)
  })

  it.each(locales)('has default phrases of its own to offer on every step (%s)', (locale) => {
    for (const step of compassionBreakSteps) expect(catalogs[locale].shared.phrases[step.id].length).toBeGreaterThan(0)
  })

  it.each(stepWords)('%s %s: has one to three guidance lines', (_locale, _id, words) => {
    expect(words.guidance.length).toBeGreaterThanOrEqual(1)
    expect(words.guidance.length).toBeLessThanOrEqual(3)
  })

  it('ends with kindness, which offers touch and the "what do I need to hear" prompt', () => {
    const kindness = compassionBreakSteps[2]
    expect(kindness.offersTouch).toBe(true)
    expect(catalogs.en.practices.compassionBreak.needPrompt).toMatch(/what do I need to hear right now\?/i)
  })

  it.each(stepWords)('%s %s: the line puts the word in exactly once, and the fallback reads without it', (_locale, _id, words) => {
    const { template, fallback } = words.difficultyLine
    expect(occurrences(template(marker), marker)).toBe(1)
    expect(template(marker).replace(marker, '').trim()).not.toBe('')
    expect(fallback).not.toMatch(/[{}]/)
  })
})

describe('weaveDifficulty', () => {
  const line = catalogs.en.practices.compassionBreak.steps.mindfulness.difficultyLine

  it('puts the word in the line', () => {
    expect(weaveDifficulty(line, '  the   deadline ')).toBe('You named it: “the deadline”. Notice where it sits in your body.')
    expect(weaveDifficulty(catalogs.es.practices.compassionBreak.steps.mindfulness.difficultyLine, 'la entrega')).toContain('«la entrega»')
  })

  it('uses the fallback when the word is empty or only spaces', () => {
    for (const [, , words] of stepWords) {
      expect(weaveDifficulty(words.difficultyLine, '')).toBe(words.difficultyLine.fallback)
      expect(weaveDifficulty(words.difficultyLine, ' \n ')).toBe(words.difficultyLine.fallback)
    }
  })

  it('inserts any short word literally, with nothing around it changed (property)', () => {
    // Already tidy words: no outer spaces, no runs of spaces (tidying is tested above).
    const word = fc
      .string({ minLength: 1, maxLength: difficultyMaxLength })
      .filter((text) => text === text.trim() && !/\s{2}/.test(text))
    fc.assert(
      fc.property(fc.constantFrom(...stepWords), word, ([, , words], text) => {
        const [before, after] = words.difficultyLine.template(marker).split(marker)
        expect(weaveDifficulty(words.difficultyLine, text)).toBe(`${before}${text}${after}`)
      }),
    )
  })

  it('keeps the word to the question’s length limit', () => {
    const woven = weaveDifficulty(line, 'x'.repeat(500))
    expect(occurrences(woven, 'x')).toBe(difficultyMaxLength)
  })
})
