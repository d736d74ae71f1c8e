import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { patternHasHolds, phaseKinds } from '../../renderer/src/breathe/pattern'
import * as breathing from '../../renderer/src/content/breathing'
import { locales } from '../../electron/common/locale'
import type { Text } from '../../electron/common/locale'

const {
  breathCountLine,
  breathingPatterns,
  givingAndReceivingLabels,
  patternIds,
  phaseLabel,
  phaseLabels,
  sessionLengthChoices,
  sessionLengthLabel,
  sessionLengthMs,
} = breathing

const isText = (value: unknown): value is Text =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).sort().join() === [...locales].sort().join()

/** Every Text reachable from a value, with where it was found. */
function textsIn(value: unknown, path: string): [string, Text][] {
  if (isText(value)) return [[path, value]]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, inner]) => textsIn(inner, `${path}.${key}`))
}

/** The text the module writes out as data, plus what its functions produce for every choice. */
const allTexts: [string, Text][] = [
  ...textsIn(breathing, 'breathing'),
  ...sessionLengthChoices.map((length): [string, Text] => [`sessionLengthLabel(${length})`, sessionLengthLabel(length)]),
  ...[0, 1, 2, 5, 21, 1000].map((n): [string, Text] => [`breathCountLine(${n})`, breathCountLine(n)]),
  ...phaseKinds.flatMap((kind) =>
    [true, false].map((givingAndReceiving): [string, Text] => [
      `phaseLabel(${kind}, ${givingAndReceiving})`,
      phaseLabel(kind, { givingAndReceiving }),
    ]),
  ),
]

describe('breathing content', () => {
  it('is found by the walker (so the checks below really look at it)', () => {
    expect(allTexts.length).toBeGreaterThan(40)
  })

  it.each(allTexts)('%s has non-empty text in every language', (_path, text) => {
    for (const locale of locales) expect(text[locale].trim()).not.toBe('')
  })

  it('never names the programme it is inspired by', () => {
    for (const [path, text] of allTexts) {
      for (const locale of locales) expect(text[locale], path).not.toMatch(/\bMSC\b|mindful self-compassion/i)
    }
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
  it('announce in, hold and out plainly', () => {
    expect(phaseLabels.in.en).toBe('Breathe in')
    expect(phaseLabels['hold-in'].en).toBe('Hold')
    expect(phaseLabels['hold-out']).toEqual(phaseLabels['hold-in'])
    expect(phaseLabels.out.en).toBe('Breathe out')
  })

  it('say "for me" on the in-breath and "for others" on the out-breath when giving and receiving', () => {
    for (const kind of ['in', 'top-up'] as const) expect(phaseLabel(kind, { givingAndReceiving: true }).en).toMatch(/for me$/)
    expect(phaseLabel('out', { givingAndReceiving: true }).en).toMatch(/for others$/)
    expect(phaseLabel('out', { givingAndReceiving: true })).toBe(givingAndReceivingLabels.out)
  })

  it('leave holds, and everything without the option, unchanged', () => {
    for (const kind of phaseKinds) expect(phaseLabel(kind, { givingAndReceiving: false })).toBe(phaseLabels[kind])
    expect(phaseLabel('hold-in', { givingAndReceiving: true })).toBe(phaseLabels['hold-in'])
    expect(phaseLabel('hold-out', { givingAndReceiving: true })).toBe(phaseLabels['hold-out'])
  })
})

describe('counting words', () => {
  it.each([
    [0, '0 breaths', '0 respiraciones'],
    [1, '1 breath', '1 respiración'],
    [2, '2 breaths', '2 respiraciones'],
    [1000, '1,000 breaths', '1000 respiraciones'],
    [12345, '12,345 breaths', '12.345 respiraciones'],
  ])('%i breaths reads "%s" / "%s"', (count, en, es) => {
    expect(breathCountLine(count)).toEqual({ en, es })
  })

  it('uses the singular only for exactly one, in both languages', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (count) => {
        const line = breathCountLine(count)
        expect(line.en.endsWith(count === 1 ? ' breath' : ' breaths')).toBe(true)
        expect(line.es.endsWith(count === 1 ? ' respiración' : ' respiraciones')).toBe(true)
      }),
    )
  })

  it('offers 1 to 5 minutes or until I stop, as running time', () => {
    expect(sessionLengthChoices.map((length) => sessionLengthMs(length))).toEqual([60_000, 120_000, 180_000, 240_000, 300_000, null])
    expect(sessionLengthLabel(1)).toEqual({ en: '1 minute', es: '1 minuto' })
    expect(sessionLengthLabel(5)).toEqual({ en: '5 minutes', es: '5 minutos' })
    expect(sessionLengthLabel('until-stopped').en).toBe('Until I stop')
  })
})
