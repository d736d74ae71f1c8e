import { describe, expect, it } from 'vitest'
import { locales } from '../../electron/common/locale'
import { mainText } from '../../electron/common/catalog/main-index'
import { en } from '../../electron/common/catalog/en'
import { es } from '../../electron/common/catalog/es'

/**
 * The catalogs are typed, but a cast, an `as`, an empty string or a function with the wrong arity slips past
 * the compiler; these walk the real objects. Objects compare key by key, functions by arity; a list of
 * strings (phrases, guidance lines, a grammar's words) is the language's own, so its length may differ.
 */
type Shape = string | { fn: number } | { [key: string]: Shape }

function shapeOf(value: unknown, path: string): Shape {
  if (typeof value === 'string') return 'string'
  if (typeof value === 'function') return { fn: value.length }
  if (value instanceof RegExp) return 'pattern'
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item !== 'string') throw new Error(`${path}.${index} is a ${typeof item} in a list of words`)
    })
    return 'list'
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, shapeOf(child, `${path}.${key}`)]))
  }
  throw new Error(`${path} is a ${typeof value}, not text`)
}

/**
 * Every string a catalog can produce; a function is called with distinct numbers for each parameter. The wish
 * grammar is left out: it looks words up rather than saying anything (tests/unit/content-phrases.test.ts tries it).
 */
function producedTexts(value: unknown, path: string): [string, unknown][] {
  if (path.endsWith('.findPhrases.grammar')) return []
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, index) => index + 2)
    return [[`${path}(${args.join(', ')})`, (value as (...a: number[]) => unknown)(...args)]]
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => producedTexts(child, `${path}.${key}`))
  }
  return [[path, value]]
}

/** Paths present in `reference` but not in `other`: the keys a translation is missing. */
function missing(reference: Shape, other: Shape | undefined, path: string): string[] {
  if (typeof reference === 'string' || 'fn' in reference) {
    return JSON.stringify(reference) === JSON.stringify(other) ? [] : [`${path} (${JSON.stringify(reference)} in English)`]
  }
  if (typeof other !== 'object' || other === null || 'fn' in other) return [path]
  return Object.entries(reference).flatMap(([key, child]) => missing(child as Shape, (other as Record<string, Shape>)[key], `${path}.${key}`))
}

/**
 * The window's part of each catalog; `main` is walked by tests/unit/main-text.test.ts and `problems` by
 * tests/unit/problem-words.test.ts, which know their arguments.
 */
const windowPart = ({ main: _main, problems: _problems, ...rest }: typeof en) => rest
const catalogs = { en: windowPart(en), es: windowPart(es) }

describe('window catalogs', () => {
  it('the checker notices a missing key, a string turned into a function, and a changed arity', () => {
    const reference = shapeOf({ a: 'x', b: { c: (n: number) => `${n}` } }, 'ref')
    expect(missing(reference, shapeOf({ a: 'x', b: {} }, 'x'), 'es')).toEqual(['es.b.c ({"fn":1} in English)'])
    expect(missing(reference, shapeOf({ a: () => 'x', b: { c: (n: number) => `${n}` } }, 'x'), 'es')).toEqual(['es.a ("string" in English)'])
    expect(missing(reference, shapeOf({ a: 'x', b: { c: () => '' } }, 'x'), 'es')).toEqual(['es.b.c ({"fn":1} in English)'])
  })

  it('the checker lets a list be longer in one language, but not a list turn into a word', () => {
    expect(missing(shapeOf({ a: ['x', 'y'] }, 'ref'), shapeOf({ a: ['x'] }, 'x'), 'es')).toEqual([])
    expect(missing(shapeOf({ a: ['x'] }, 'ref'), shapeOf({ a: 'x' }, 'x'), 'es')).toEqual(['es.a ("list" in English)'])
  })

  it('Spanish has every key English has, with the same kind of value, and nothing more', () => {
    expect(missing(shapeOf(en, 'en'), shapeOf(es, 'es'), 'es')).toEqual([])
    expect(missing(shapeOf(es, 'es'), shapeOf(en, 'en'), 'en')).toEqual([])
  })

  it('walks the practices\' and the shared words too, keyed by their content\'s ids', () => {
    const paths = producedTexts(catalogs.es, 'es').map(([path]) => path)
    expect(paths).toContain('es.practices.touch.cues.hand-on-heart.alt')
    expect(paths).toContain('es.practices.compassionBreak.steps.kindness.difficultyLine.template(2)')
    expect(paths).toContain('es.shared.crisisLines.samaritans.region')
  })

  it.each(locales)('%s: every text, and everything a function returns, is a non-empty string without stray spaces', (locale) => {
    for (const [path, text] of producedTexts(catalogs[locale], locale)) {
      expect(typeof text, path).toBe('string')
      expect((text as string).trim(), path).not.toBe('')
      expect(text, path).toBe((text as string).trim())
      expect(text, path).not.toMatch(/\s{2}|undefined|NaN|\[object/)
    }
  })

  it.each(locales)('%s: functions put their arguments into the sentence', (locale) => {
    for (const [path, text] of producedTexts(catalogs[locale], locale).filter(([path]) => path.endsWith(')'))) {
      const args = /\(([\d, ]+)\)$/.exec(path)?.[1]?.split(', ') ?? []
      // A count may choose the wording instead of appearing ("1 entry", "no entries yet"), but some argument shows.
      expect(args.some((arg) => (text as string).includes(arg)), path).toBe(true)
    }
  })

  it('names the program Kindbreak is inspired by only in the About credits', () => {
    for (const locale of locales) {
      const { about, ...rest } = catalogs[locale]
      for (const [path, text] of producedTexts(rest, locale)) expect(text, path).not.toMatch(/\bMSC\b|mindful self-compassion/i)
      expect(about.credits).toMatch(/Germer/)
    }
  })
})

describe('main-process text', () => {
  it('Spanish has exactly the shape English has', () => {
    expect(missing(shapeOf(mainText.en, 'en'), shapeOf(mainText.es, 'es'), 'es')).toEqual([])
    expect(missing(shapeOf(mainText.es, 'es'), shapeOf(mainText.en, 'en'), 'en')).toEqual([])
  })

  it('has no empty label in either language', () => {
    for (const locale of locales) {
      for (const [path, text] of Object.entries(mainText[locale].tray).flatMap(([key, value]) =>
        typeof value === 'string' ? [[key, value]] : Object.entries(value).map(([sub, label]) => [`${key}.${sub}`, label]),
      )) {
        expect(String(text).trim(), `${locale}.tray.${path}`).not.toBe('')
      }
    }
  })
})
