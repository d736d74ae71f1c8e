import { describe, expect, it } from 'vitest'
import { locales } from '../../electron/common/locale'
import * as journalTags from '../../electron/common/journal-tags'
import * as commonPhrases from '../../electron/common/phrases'
import * as checkIn from '../../renderer/src/content/check-in'
import * as compassionBreak from '../../renderer/src/content/compassion-break'
import * as phrases from '../../renderer/src/content/phrases'
import * as safety from '../../renderer/src/content/safety'
import * as touch from '../../renderer/src/content/touch'
import type { Text } from '../../electron/common/locale'

const modules = { checkIn, compassionBreak, phrases, commonPhrases, journalTags, safety, touch }

function isText(value: unknown): value is Text {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value).sort()
  return keys.join() === [...locales].sort().join() && Object.values(value).every((entry) => typeof entry === 'string')
}

/** Every Text reachable from a module's exports, with the path that leads to it. */
function collectTexts(
  value: unknown,
  path: string,
  found: [string, Text][] = [],
  seen = new Set<unknown>(),
): [string, Text][] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return found
  seen.add(value)
  if (isText(value)) {
    found.push([path, value])
    return found
  }
  for (const [key, child] of Object.entries(value)) collectTexts(child, `${path}.${key}`, found, seen)
  return found
}

const texts = Object.entries(modules).flatMap(([name, exports]) => collectTexts(exports, name))
const placeholders = (text: string) => [...text.matchAll(/\{[a-z]+\}/g)].map((match) => match[0]).sort()

describe('content text', () => {
  it('finds the texts of every content module', () => {
    for (const name of Object.keys(modules)) {
      expect(texts.filter(([path]) => path.startsWith(`${name}.`)).length).toBeGreaterThan(3)
    }
  })

  it.each(texts)('%s is written in every language, without stray spaces', (_path, text) => {
    for (const locale of locales) {
      expect(text[locale].trim()).not.toBe('')
      expect(text[locale]).toBe(text[locale].trim())
      expect(text[locale]).not.toMatch(/\s{2}/)
    }
  })

  it.each(texts)('%s uses the same placeholders in every language', (_path, text) => {
    for (const locale of locales) expect(placeholders(text[locale])).toEqual(placeholders(text.en))
  })

  it('never names the program the app is inspired by', () => {
    for (const [, text] of texts) {
      for (const locale of locales) expect(text[locale]).not.toMatch(/\bMSC\b|mindful self-compassion/i)
    }
  })

  it('gives unique ids wherever content is a list of items', () => {
    const lists = [
      touch.touchCues,
      compassionBreak.compassionBreakSteps,
      phrases.findPhrasesSteps,
      safety.overwhelmedHelp.steps,
      safety.crisisLines,
    ]
    for (const list of lists) {
      const ids = list.map((item) => item.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })
})
