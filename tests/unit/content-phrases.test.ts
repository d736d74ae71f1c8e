import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePhraseBank, phraseSteps } from '../../electron/core/phrases'
import { catalogs } from '../../electron/common/catalog'
import { locales } from '../../electron/common/locale'
import { defaultPhraseBank } from '../../electron/common/phrases'
import { answersToWishes, findPhrasesSteps, maxSuggestedWishes, suggestWish } from '../../renderer/src/content/phrases'

const grammar = { en: catalogs.en.practices.findPhrases.grammar, es: catalogs.es.practices.findPhrases.grammar }

describe('default phrases', () => {
  it.each(locales)('pass every rule of the phrase bank in %s, with a few phrases per step', (locale) => {
    const lists = defaultPhraseBank(locale)
    const parsed = parsePhraseBank(lists)
    expect(parsed).toEqual({ ok: true, bank: lists })
    for (const step of phraseSteps) expect(lists[step].length).toBeGreaterThanOrEqual(3)
  })

  it('come as fresh lists, so editing one never changes the catalog', () => {
    const lists = defaultPhraseBank('en')
    lists.kindness.push('Mine.')
    expect(defaultPhraseBank('en').kindness).not.toContain('Mine.')
    expect(catalogs.en.shared.phrases.kindness).not.toContain('Mine.')
  })
})

describe('find my phrases helper', () => {
  it('asks what I need, then what I need to hear, then offers wishes', () => {
    expect(findPhrasesSteps).toEqual(['need', 'hear', 'wishes'])
    for (const locale of locales) {
      for (const step of findPhrasesSteps) expect(catalogs[locale].practices.findPhrases.steps[step].examples.length).toBeGreaterThan(0)
    }
  })
})

describe('each language\'s wish grammar', () => {
  it.each(locales)('%s: lists its words in lower case, trimmed, once each', (locale) => {
    const { prefixes, feelings, things } = grammar[locale]
    for (const list of [prefixes, feelings, things]) {
      expect(list.length).toBeGreaterThan(0)
      for (const word of list) expect(word).toBe(word.trim().toLocaleLowerCase())
      expect(new Set(list).size).toBe(list.length)
    }
  })

  it.each(locales)('%s: puts the answer into each kind of wish', (locale) => {
    const { verbWish, feelingWish, thingWish } = grammar[locale]
    for (const wish of [verbWish, feelingWish, thingWish]) expect(wish('WORD')).toMatch(/\S WORD$/)
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
    expect(suggestWish(answer, grammar.en)).toBe(wish)
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
    expect(suggestWish(answer, grammar.es)).toBe(wish)
  })

  it('returns nothing for an empty answer', () => {
    expect(suggestWish('  ... ', grammar.en)).toBe('')
  })

  it('turns every example answer of the first step into a wish', () => {
    for (const locale of locales) {
      for (const example of catalogs[locale].practices.findPhrases.steps.need.examples) {
        expect(suggestWish(example, grammar[locale])).toMatch(locale === 'en' ? /^May I / : /^Que /)
      }
    }
  })

  it('keeps the words of an answer it does not recognise (property)', () => {
    const word = fc.stringMatching(/^[a-z]{3,8}$/).filter((text) => text !== 'may')
    fc.assert(
      fc.property(fc.constantFrom(...locales), fc.array(word, { minLength: 2, maxLength: 4 }), (locale, words) => {
        const answer = `zz${words.join(' ')}`
        expect(suggestWish(answer, grammar[locale]).toLowerCase()).toContain(words.join(' '))
      }),
    )
  })
})

describe('answersToWishes', () => {
  it('drops blanks and repeats and keeps the order', () => {
    const wishes = answersToWishes(['safe', ' ', 'rest', 'SAFE', 'I need rest'], grammar.en)
    expect(wishes).toEqual(['May I feel safe', 'May I rest'])
  })

  it(`never offers more than ${maxSuggestedWishes} wishes, none empty, none repeated (property)`, () => {
    const answersArbitrary = fc.array(fc.string({ maxLength: 30 }), { maxLength: 10 })
    fc.assert(
      fc.property(fc.constantFrom(...locales), answersArbitrary, (locale, answers) => {
        const wishes = answersToWishes(answers, grammar[locale])
        expect(wishes.length).toBeLessThanOrEqual(maxSuggestedWishes)
        expect(wishes.every((wish) => wish.trim() !== '')).toBe(true)
        expect(new Set(wishes.map((wish) => wish.toLowerCase())).size).toBe(wishes.length)
      }),
    )
  })
})
