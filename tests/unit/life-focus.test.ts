import { describe, expect, it } from 'vitest'
import { catalogs } from '../../electron/common/catalog'
import { lifeFocuses } from '../../electron/common/life-focus'
import { locales } from '../../electron/common/locale'
import { phraseSteps } from '../../electron/common/phrases'
import { focusWords, offeredPhrases } from '../../renderer/src/content/life-focus'

const rows = locales.flatMap((locale) => lifeFocuses.map((focus) => [locale, focus] as const))

describe('life focus words', () => {
  it.each(rows)('%s: "%s" has a label, its own examples, two or three phrases per step and an idea to hear', (locale, focus) => {
    const text = catalogs[locale]
    const words = text.lifeFocus.focuses[focus]
    const usual = focusWords(text, null)
    expect(words.label.trim()).not.toBe('')
    for (const [name, example] of Object.entries(words.examples)) {
      expect(example.trim(), name).not.toBe('')
      expect(example, `${name} differs from the usual example`).not.toBe(usual.examples[name as keyof typeof usual.examples])
    }
    for (const step of phraseSteps) {
      expect(words.phrases[step].length, step).toBeGreaterThanOrEqual(2)
      expect(words.phrases[step].length, step).toBeLessThanOrEqual(3)
      for (const phrase of words.phrases[step]) {
        expect(phrase.trim(), step).not.toBe('')
        // A suggestion that repeated one of ours would show twice as "another phrase" turns.
        expect(text.shared.phrases[step], step).not.toContain(phrase)
      }
    }
    expect(words.hear.length).toBeGreaterThan(0)
  })
})

describe('focusWords', () => {
  it.each(locales)('%s: with no focus, gives the practices\' usual examples and no suggestions', (locale) => {
    const text = catalogs[locale]
    expect(focusWords(text, null)).toEqual({
      examples: {
        difficulty: text.practices.compassionBreak.difficultyQuestion.placeholder,
        situation: text.practices.reframe.prompts.situation.hint,
        othersFeel: text.practices.reframe.prompts.commonHumanity.placeholder,
      },
      suggested: { mindfulness: [], humanity: [], kindness: [] },
      hear: text.practices.findPhrases.steps.hear.examples,
    })
  })

  it('with a focus, gives its examples and phrases, and its ideas to hear before the usual ones', () => {
    const text = catalogs.en
    const caring = focusWords(text, 'caring')
    expect(caring.examples.difficulty).toMatch(/a long day of caring/)
    expect(caring.suggested.kindness).toContain('I can care for them without controlling how things turn out.')
    expect(caring.hear).toEqual([...text.lifeFocus.focuses.caring.hear, ...text.practices.findPhrases.steps.hear.examples])
  })
})

describe('offeredPhrases', () => {
  const ours = ['Ours one.', 'Ours two.']
  const suggested = ['Suggested.']

  it('offers the person\'s own phrases as they are, first and alone: a focus never adds to them or replaces them', () => {
    expect(offeredPhrases(['Mine.'], ours, suggested)).toEqual({ phrases: ['Mine.'], own: true })
    expect(offeredPhrases([...ours, 'Mine.'], ours, suggested)).toEqual({ phrases: [...ours, 'Mine.'], own: true })
  })

  it('offers the focus\'s suggestions, then ours, while a list is still ours or empty', () => {
    expect(offeredPhrases(ours, ours, suggested)).toEqual({ phrases: ['Suggested.', ...ours], own: false })
    expect(offeredPhrases([], ours, suggested)).toEqual({ phrases: ['Suggested.', ...ours], own: false })
  })

  it('offers just ours without a focus', () => {
    expect(offeredPhrases(ours, ours, [])).toEqual({ phrases: ours, own: false })
  })

  it('counts ours in another order as the person\'s own: they moved them', () => {
    expect(offeredPhrases([...ours].reverse(), ours, suggested)).toEqual({ phrases: [...ours].reverse(), own: true })
  })
})
