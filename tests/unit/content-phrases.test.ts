import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePhraseBank, phraseSteps } from '../../electron/core/phrases'
import { locales } from '../../electron/common/locale'
import { defaultPhraseBank } from '../../electron/common/phrases'
import { answersToWishes, findPhrasesSteps, maxSuggestedWishes, suggestWish } from '../../renderer/src/content/phrases'

describe('default phrases', () => {
  it.each(locales)('pass every rule of the phrase bank in %s, with a few phrases per step', (locale) => {
    const lists = defaultPhraseBank(locale)
    const parsed = parsePhraseBank(lists)
    expect(parsed).toEqual({ ok: true, bank: lists })
    for (const step of phraseSteps) expect(lists[step].length).toBeGreaterThanOrEqual(3)
  })
})

describe('find my phrases helper', () => {
  it('asks what I need, then what I need to hear, then offers wishes', () => {
    expect(findPhrasesSteps.map((step) => step.id)).toEqual(['need', 'hear', 'wishes'])
    for (const step of findPhrasesSteps) expect(step.examples.length).toBeGreaterThan(0)
  })
})

describe('suggestWish', () => {
  it.each([
    ['safe', 'May I feel safe'],
    ['  Safe! ', 'May I feel safe'],
    ['at peace', 'May I feel at peace'],
    ['peace', 'May I find peace'],
    ['I need courage', 'May I find courage'],
    ['rest', 'May I rest'],
    ['to accept myself', 'May I accept myself'],
    ['I need to feel safe.', 'May I feel safe'],
    ['I’d like to be patient with Sam', 'May I be patient with Sam'],
    ['may I be well', 'May I be well'],
    ['You are doing enough.', 'You are doing enough'],
    ['a long walk', 'A long walk'],
  ])('en: %j → %j', (answer, wish) => {
    expect(suggestWish(answer, 'en')).toBe(wish)
  })

  it.each([
    ['segura', 'Que me sienta segura'],
    ['a salvo', 'Que me sienta a salvo'],
    ['paz', 'Que encuentre paz'],
    ['Necesito descansar', 'Que descanse'],
    ['sentirme en calma', 'Que me sienta en calma'],
    ['quiero ser paciente conmigo', 'Que sea paciente conmigo'],
    ['¡aceptarme!', 'Que me acepte'],
    ['que esté bien', 'Que esté bien'],
    ['Aquí estoy contigo.', 'Aquí estoy contigo'],
  ])('es: %j → %j', (answer, wish) => {
    expect(suggestWish(answer, 'es')).toBe(wish)
  })

  it('returns nothing for an empty answer', () => {
    expect(suggestWish('  ... ', 'en')).toBe('')
  })

  it('turns every example answer of the first step into a wish', () => {
    const need = findPhrasesSteps[0]
    for (const locale of locales) {
      for (const example of need?.examples ?? []) {
        expect(suggestWish(example[locale], locale)).toMatch(locale === 'en' ? /^May I / : /^Que /)
      }
    }
  })

  it('keeps the words of an answer it does not recognise (property)', () => {
    const word = fc.stringMatching(/^[a-z]{3,8}$/).filter((text) => text !== 'may')
    fc.assert(
      fc.property(fc.constantFrom(...locales), fc.array(word, { minLength: 2, maxLength: 4 }), (locale, words) => {
        const answer = `zz${words.join(' ')}`
        expect(suggestWish(answer, locale).toLowerCase()).toContain(words.join(' '))
      }),
    )
  })
})

describe('answersToWishes', () => {
  it('drops blanks and repeats and keeps the order', () => {
    const wishes = answersToWishes(['safe', ' ', 'rest', 'SAFE', 'I need rest'], 'en')
    expect(wishes).toEqual(['May I feel safe', 'May I rest'])
  })

  it(`never offers more than ${maxSuggestedWishes} wishes, none empty, none repeated (property)`, () => {
    const answersArbitrary = fc.array(fc.string({ maxLength: 30 }), { maxLength: 10 })
    fc.assert(
      fc.property(fc.constantFrom(...locales), answersArbitrary, (locale, answers) => {
        const wishes = answersToWishes(answers, locale)
        expect(wishes.length).toBeLessThanOrEqual(maxSuggestedWishes)
        expect(wishes.every((wish) => wish.trim() !== '')).toBe(true)
        expect(new Set(wishes.map((wish) => wish.toLowerCase())).size).toBe(wishes.length)
      }),
    )
  })
})
