import { describe, expect, it } from 'vitest'
import { checkInMoments } from '../../electron/common/check-in'
import { catalogs } from '../../electron/common/catalog'
import { feelingIds, thinkingTrapIds } from '../../electron/common/journal-tags'
import { locales } from '../../electron/common/locale'
import * as commonPhrases from '../../electron/common/phrases'
import * as supportLines from '../../electron/common/support-lines'
import * as journalTags from '../../electron/common/journal-tags'
import { phaseKinds } from '../../renderer/src/breathe/pattern'
import * as breathing from '../../renderer/src/content/breathing'
import * as compassionBreak from '../../renderer/src/content/compassion-break'
import * as doubts from '../../renderer/src/content/doubts'
import * as phrases from '../../renderer/src/content/phrases'
import * as reframe from '../../renderer/src/content/reframe'
import * as safety from '../../renderer/src/content/safety'
import * as touch from '../../renderer/src/content/touch'

/**
 * Content is structure (ids, order, seconds, flags); every word is in the catalog, keyed by those ids. These
 * keep the two in step: each id has its words in every language, and no words wait for an id that is gone.
 * (tests/unit/i18n.test.ts walks the words themselves: none empty, the same keys in every language.)
 */

const contentModules = { breathing, compassionBreak, doubts, phrases, reframe, safety, touch, commonPhrases, supportLines, journalTags }

/** Every object reachable from a module's exports that is keyed by the languages: words written outside the catalog. */
function wordsByLanguage(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return []
  seen.add(value)
  const keys = Object.keys(value)
  if (keys.some((key) => (locales as readonly string[]).includes(key))) return [path]
  return Object.entries(value).flatMap(([key, child]) => wordsByLanguage(child, `${path}.${key}`, seen))
}

/** For each language: the catalog's keys for a list of content, and the ids that content has. */
const keyedWords = locales.flatMap((locale) => {
  const { practices, shared, doubts: doubtWords } = catalogs[locale]
  const rows: [string, object, readonly string[]][] = [
    ['practices.touch.cues', practices.touch.cues, touch.touchCues.map((cue) => cue.id)],
    ['practices.breathe.patterns', practices.breathe.patterns, breathing.breathingPatterns.map((pattern) => pattern.id)],
    ['practices.breathe.phaseLabels', practices.breathe.phaseLabels, phaseKinds],
    ['practices.breathe.givingAndReceivingLabels', practices.breathe.givingAndReceivingLabels, phaseKinds.filter((kind) => !kind.startsWith('hold'))],
    ['practices.compassionBreak.steps', practices.compassionBreak.steps, compassionBreak.compassionBreakSteps.map((step) => step.id)],
    ['practices.findPhrases.steps', practices.findPhrases.steps, phrases.findPhrasesSteps],
    ['practices.safety.overwhelmed.steps', practices.safety.overwhelmed.steps, safety.groundingSteps],
    ['practices.checkIn.lead', practices.checkIn.lead, checkInMoments],
    ['doubts.items', doubtWords.items, doubts.doubtIds],
    ['shared.phrases', shared.phrases, commonPhrases.phraseSteps],
    ['shared.feelings', shared.feelings, feelingIds],
    ['shared.thinkingTraps', shared.thinkingTraps, thinkingTrapIds],
    ['shared.crisisLines', shared.crisisLines, safety.crisisLines.map((line) => line.id)],
  ]
  return rows.map(([path, words, ids]) => [`${locale}.${path}`, Object.keys(words), ids] as const)
})

describe('content and its words', () => {
  it('writes no words in any language outside the catalog', () => {
    const found = Object.entries(contentModules).flatMap(([name, exports]) => wordsByLanguage(exports, name))
    expect(found).toEqual([])
  })

  it('the walker notices words written in a content module', () => {
    expect(wordsByLanguage({ cues: [{ id: 'x', label: { en: 'Hand', es: 'Mano' } }] }, 'touch')).toEqual(['touch.cues.0.label'])
  })

  it.each(keyedWords)('%s has words for exactly the ids the content has', (_path, keys, ids) => {
    expect([...keys].sort()).toEqual([...ids].sort())
  })

  it('gives unique ids wherever content is a list of items', () => {
    const lists: readonly (readonly string[])[] = [
      touch.touchCueIds,
      breathing.patternIds,
      compassionBreak.compassionBreakSteps.map((step) => step.id),
      phrases.findPhrasesSteps,
      safety.groundingSteps,
      doubts.doubtIds,
      safety.crisisLines.map((line) => line.id),
      [...feelingIds, ...thinkingTrapIds],
    ]
    for (const ids of lists) expect(new Set(ids).size).toBe(ids.length)
  })
})

/** Sentences in a text: each ends with a full stop, a question or exclamation mark, before a space or the end. */
const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).filter((part) => part.trim() !== '')

describe('the usual doubts ("Isn\'t this self-pity?")', () => {
  it.each(locales)('%s: five doubts, each a question and an answer of two or three sentences', (locale) => {
    const words = catalogs[locale].doubts
    expect(doubts.doubtIds).toHaveLength(5)
    for (const id of doubts.doubtIds) {
      const { question, answer } = words.items[id]
      expect(question.trim(), `${locale} ${id}`).toMatch(/\?$/)
      expect(sentences(answer).length, `${locale} ${id}: ${answer}`).toBeGreaterThanOrEqual(2)
      expect(sentences(answer).length, `${locale} ${id}: ${answer}`).toBeLessThanOrEqual(3)
    }
    for (const text of [words.link, words.heading, words.intro, words.closing, ...Object.values(words.back)]) expect(text.trim()).not.toBe('')
  })

  it.each(locales)('%s: each answer gives the year of the research it rests on, and none names the program', (locale) => {
    const words = catalogs[locale].doubts
    for (const id of doubts.doubtIds) expect(words.items[id].answer, `${locale} ${id}`).toMatch(/\([^()]*\b(19|20)\d\d\)/)
    expect(JSON.stringify(words)).not.toMatch(/Mindful Self-Compassion|\bMSC\b/i)
  })

  it('the sentence counter counts sentences, not the full stops inside a citation', () => {
    expect(sentences('One thing. Another (Smith, 2010).')).toHaveLength(2)
  })
})
