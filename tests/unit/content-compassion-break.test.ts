import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { locales } from '../../electron/common/locale'
import {
  breakStepSeconds,
  compassionBreakSteps,
  difficultyPlaceholder,
  difficultyQuestion,
  weaveDifficulty,
} from '../../renderer/src/content/compassion-break'
import { defaultPhrases, phraseSteps } from '../../electron/common/phrases'

const occurrences = (text: string, part: string) => text.split(part).length - 1

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

  it('suggests the default phrases of its own step', () => {
    for (const step of compassionBreakSteps) expect(step.suggestions).toBe(defaultPhrases[step.id])
  })

  it('ends with kindness, which offers touch and the "what do I need to hear" prompt', () => {
    const kindness = compassionBreakSteps[2]
    expect(kindness.offersTouch).toBe(true)
    expect(kindness.needPrompt.en).toMatch(/what do I need to hear right now\?/i)
  })

  it.each(locales)('has one placeholder in every template and none in the fallbacks (%s)', (locale) => {
    for (const { difficultyLine } of compassionBreakSteps) {
      expect(occurrences(difficultyLine.template[locale], difficultyPlaceholder)).toBe(1)
      expect(difficultyLine.fallback[locale]).not.toContain('{')
    }
  })
})

describe('weaveDifficulty', () => {
  const line = compassionBreakSteps[0].difficultyLine

  it('puts the word in the line', () => {
    expect(weaveDifficulty(line, '  the   deadline ', 'en')).toBe(
      'You named it: “the deadline”. Notice where it sits in your body.',
    )
    expect(weaveDifficulty(line, 'la entrega', 'es')).toContain('«la entrega»')
  })

  it('uses the fallback when the word is empty or only spaces', () => {
    for (const locale of locales) {
      expect(weaveDifficulty(line, '', locale)).toBe(line.fallback[locale])
      expect(weaveDifficulty(line, ' \n ', locale)).toBe(line.fallback[locale])
    }
  })

  it('inserts any short word literally, with no placeholder left behind (property)', () => {
    // Already tidy words: no outer spaces, no runs of spaces (tidying is tested above).
    const word = fc
      .string({ minLength: 1, maxLength: difficultyQuestion.maxLength })
      .filter((text) => text === text.trim() && !/\s{2}/.test(text))
    fc.assert(
      fc.property(fc.constantFrom(...compassionBreakSteps), fc.constantFrom(...locales), word, (step, locale, text) => {
        const woven = weaveDifficulty(step.difficultyLine, text, locale)
        const [before, after] = step.difficultyLine.template[locale].split(difficultyPlaceholder)
        expect(woven).toBe(`${before}${text}${after}`)
      }),
    )
  })

  it('keeps the word to the question’s length limit', () => {
    const woven = weaveDifficulty(line, 'x'.repeat(500), 'en')
    expect(occurrences(woven, 'x')).toBe(difficultyQuestion.maxLength)
  })
})
