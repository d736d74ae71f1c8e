import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { patternHasHolds, phaseKinds } from '../../renderer/src/breathe/pattern'
import * as breathing from '../../renderer/src/content/breathing'
import { catalogs } from '../../electron/common/catalog'
import { locales } from '../../electron/common/locale'

const { breathingPatterns, patternIds, phaseLabel, sessionLengthChoices, sessionLengthLabel, sessionLengthMs } = breathing

const words = { en: catalogs.en.practices.breathe, es: catalogs.es.practices.breathe }

/** What the guide can say in each language, for every choice: lengths, breath counts and phase labels. */
const producedTexts: [string, string][] = locales.flatMap((locale) => [
  ...sessionLengthChoices.map((length): [string, string] => [`${locale} sessionLengthLabel(${length})`, sessionLengthLabel(length, words[locale].lengths)]),
  ...[0, 1, 2, 5, 21, 1000].map((n): [string, string] => [`${locale} breathCount(${n})`, words[locale].breathCount(n)]),
  ...phaseKinds.flatMap((kind) =>
    [true, false].map((givingAndReceiving): [string, string] => [
      `${locale} phaseLabel(${kind}, ${givingAndReceiving})`,
      phaseLabel(kind, { givingAndReceiving }, words[locale]),
    ]),
  ),
])

describe('breathing content', () => {
  it.each(producedTexts)('%s is a non-empty sentence', (_path, text) => {
    expect(text.trim()).not.toBe('')
    expect(text).not.toMatch(/undefined|NaN|#/)
  })

  it('lists every pattern once, in the order of the picker', () => {
    expect(breathingPatterns.map((pattern) => pattern.id)).toEqual([...patternIds])
  })

  it.each([
    ['natural', []],
    ['box', [['in', 4], ['hold-in', 4], ['out', 4], ['hold-out', 4]]],
    ['478', [['in', 4], ['hold-in', 7], ['out', 8], ['hold-out', 0]]],
    ['coherent', [['in', 5.5], ['hold-in', 0], ['out', 5.5], ['hold-out', 0]]],
    ['extended-exhale', [['in', 4], ['hold-in', 0], ['out', 6], ['hold-out', 0]]],
    ['sigh', [['in', 3], ['top-up', 1], ['out', 6]]],
  ])('%s paces the phases the issue asks for', (id, phases) => {
    const pattern = breathingPatterns.find((candidate) => candidate.id === id)!
    expect(pattern.phases.map((phase) => [phase.kind, phase.seconds])).toEqual(phases)
  })

  it('keeps every preset within the limits a custom pattern must meet', () => {
    for (const pattern of breathingPatterns) {
      for (const phase of pattern.phases) {
        expect(Number.isInteger(phase.seconds * 2) && phase.seconds >= 0 && phase.seconds <= 20, pattern.id).toBe(true)
        if (phase.kind === 'in' || phase.kind === 'out') expect(phase.seconds, pattern.id).toBeGreaterThanOrEqual(1)
      }
    }
  })

  it('makes the sigh a double breath in and a breath out longer than both', () => {
    const [first, topUp, out] = breathingPatterns.find((pattern) => pattern.id === 'sigh')!.phases
    expect([first?.kind, topUp?.kind, out?.kind]).toEqual(['in', 'top-up', 'out'])
    expect(out!.seconds).toBeGreaterThan(first!.seconds + topUp!.seconds)
  })

  it('knows which presets have holds to label as optional', () => {
    const withHolds = breathingPatterns.filter((pattern) => pattern.id !== 'custom' && patternHasHolds(pattern))
    expect(withHolds.map((pattern) => pattern.id)).toEqual(['box', '478'])
  })
})

describe('phase labels', () => {
  const { phaseLabels, givingAndReceivingLabels } = words.en

  it('announce in, hold and out plainly', () => {
    expect(phaseLabels.in).toBe('Breathe in')
    expect(phaseLabels['hold-in']).toBe('Hold')
    for (const locale of locales) expect(words[locale].phaseLabels['hold-out']).toBe(words[locale].phaseLabels['hold-in'])
    expect(phaseLabels.out).toBe('Breathe out')
  })

  it('say "for me" on the in-breath and "for others" on the out-breath when giving and receiving', () => {
    for (const kind of ['in', 'top-up'] as const) expect(phaseLabel(kind, { givingAndReceiving: true }, words.en)).toMatch(/for me$/)
    expect(phaseLabel('out', { givingAndReceiving: true }, words.en)).toMatch(/for others$/)
    expect(phaseLabel('out', { givingAndReceiving: true }, words.en)).toBe(givingAndReceivingLabels.out)
  })

  it('leave holds, and everything without the option, unchanged', () => {
    for (const kind of phaseKinds) expect(phaseLabel(kind, { givingAndReceiving: false }, words.en)).toBe(phaseLabels[kind])
    expect(phaseLabel('hold-in', { givingAndReceiving: true }, words.en)).toBe(phaseLabels['hold-in'])
    expect(phaseLabel('hold-out', { givingAndReceiving: true }, words.en)).toBe(phaseLabels['hold-out'])
  })
})

describe('counting words', () => {
  it.each([
    [0, '0 breaths', '0 respiraciones'],
    [1, '1 breath', '1 respiración'],
    [2, '2 breaths', '2 respiraciones'],
    [1000, '1,000 breaths', '1000 respiraciones'],
    [12345, '12,345 breaths', '12.345 respiraciones'],
    [1_000_000, '1,000,000 breaths', '1.000.000 respiraciones'],
  ])('%i breaths reads "%s" / "%s"', (count, en, es) => {
    expect(words.en.breathCount(count)).toBe(en)
    expect(words.es.breathCount(count)).toBe(es)
  })

  it('uses the singular only for exactly one, in both languages', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (count) => {
        expect(words.en.breathCount(count).endsWith(count === 1 ? ' breath' : ' breaths')).toBe(true)
        expect(words.es.breathCount(count).endsWith(count === 1 ? ' respiración' : ' respiraciones')).toBe(true)
      }),
    )
  })

  it('offers 1 to 5 minutes or until I stop, as running time', () => {
    expect(sessionLengthChoices.map((length) => sessionLengthMs(length))).toEqual([60_000, 120_000, 180_000, 240_000, 300_000, null])
    expect([sessionLengthLabel(1, words.en.lengths), sessionLengthLabel(1, words.es.lengths)]).toEqual(['1 minute', '1 minuto'])
    expect([sessionLengthLabel(5, words.en.lengths), sessionLengthLabel(5, words.es.lengths)]).toEqual(['5 minutes', '5 minutos'])
    expect(sessionLengthLabel('until-stopped', words.en.lengths)).toBe('Until I stop')
  })
})
