import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addPhrase,
  deletePhrase,
  editPhrase,
  movePhrase,
  parsePhraseBank,
  phraseBankSchema,
  phraseLimits,
  phraseSteps,
  restoreDefaults,
  type PhraseBank,
  type PhraseResult,
  type PhraseStep,
} from '../../electron/core/phrases'

const bank = (kindness: string[], mindfulness: string[] = [], humanity: string[] = []): PhraseBank => ({
  mindfulness,
  humanity,
  kindness,
})

function expectOk(result: PhraseResult): PhraseBank {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`)
  return result.bank
}

function expectError(result: PhraseResult, code: string): void {
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.error).toEqual({ code })
}

const distinctPhrases = (maxLength: number) =>
  fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }).map((text) => `p${text.trim()}`), {
    maxLength,
    selector: (text) => text.toLowerCase().replace(/\s+/g, ' '),
  })

const stepArbitrary = fc.constantFrom<PhraseStep>(...phraseSteps)

describe('addPhrase', () => {
  it('appends a trimmed phrase to the chosen step only', () => {
    const start = bank(['May I rest'], ['This is hard'])
    const next = expectOk(addPhrase(start, 'kindness', '  May I be patient  '))
    expect(next.kindness).toEqual(['May I rest', 'May I be patient'])
    expect(next.mindfulness).toEqual(['This is hard'])
    expect(start.kindness).toEqual(['May I rest'])
  })

  it.each(['', '   ', '\n\t '])('rejects an empty or whitespace-only phrase (%j)', (text) => {
    expectError(addPhrase(bank([]), 'kindness', text), 'empty')
  })

  it('accepts exactly the maximum length and rejects one character more', () => {
    const longest = 'a'.repeat(phraseLimits.maxLength)
    expect(expectOk(addPhrase(bank([]), 'kindness', longest)).kindness).toEqual([longest])
    expectError(addPhrase(bank([]), 'kindness', `${longest}b`), 'too-long')
  })

  it('counts characters as people see them, so emoji do not count double', () => {
    const hearts = '💛'.repeat(phraseLimits.maxLength)
    expect(expectOk(addPhrase(bank([]), 'kindness', hearts)).kindness).toHaveLength(1)
  })

  it.each(['may i rest', 'MAY I REST', '  May   I rest ', 'May\tI\nrest'])(
    'rejects %j as a duplicate of "May I rest"',
    (text) => {
      expectError(addPhrase(bank(['May I rest']), 'kindness', text), 'duplicate')
    },
  )

  it('allows the same phrase in a different step', () => {
    const next = expectOk(addPhrase(bank(['Breathe']), 'mindfulness', 'Breathe'))
    expect(next.mindfulness).toEqual(['Breathe'])
  })

  it('accepts the 50th phrase and refuses the 51st', () => {
    const almostFull = Array.from({ length: phraseLimits.maxPerStep - 1 }, (_, index) => `phrase ${index}`)
    const full = expectOk(addPhrase(bank(almostFull), 'kindness', 'one more'))
    expect(full.kindness).toHaveLength(phraseLimits.maxPerStep)
    expectError(addPhrase(full, 'kindness', 'and another'), 'step-full')
  })
})

describe('editPhrase', () => {
  it('replaces only the phrase at the index', () => {
    const next = expectOk(editPhrase(bank(['a', 'b', 'c']), 'kindness', 1, ' B2 '))
    expect(next.kindness).toEqual(['a', 'B2', 'c'])
  })

  it('lets a phrase change only its case or spacing', () => {
    const next = expectOk(editPhrase(bank(['may i rest']), 'kindness', 0, 'May I rest'))
    expect(next.kindness).toEqual(['May I rest'])
  })

  it('rejects a duplicate of another phrase, an empty phrase and a too-long one', () => {
    const start = bank(['May I rest', 'May I be calm'])
    expectError(editPhrase(start, 'kindness', 1, 'MAY I REST'), 'duplicate')
    expectError(editPhrase(start, 'kindness', 1, ' '), 'empty')
    expectError(editPhrase(start, 'kindness', 1, 'x'.repeat(phraseLimits.maxLength + 1)), 'too-long')
  })

  it.each([-1, 2, 0.5, Number.NaN])('reports index %d as not found', (index) => {
    expectError(editPhrase(bank(['a', 'b']), 'kindness', index, 'c'), 'not-found')
  })
})

describe('deletePhrase', () => {
  it('removes exactly the phrase at the index', () => {
    expect(expectOk(deletePhrase(bank(['a', 'b', 'c']), 'kindness', 0)).kindness).toEqual(['b', 'c'])
    expectError(deletePhrase(bank(['a']), 'kindness', 1), 'not-found')
  })

  it('keeps every other phrase in order (property)', () => {
    fc.assert(
      fc.property(distinctPhrases(12).filter((list) => list.length > 0), fc.nat(), (list, seed) => {
        const index = seed % list.length
        const next = expectOk(deletePhrase(bank(list), 'kindness', index))
        expect(next.kindness).toEqual([...list.slice(0, index), ...list.slice(index + 1)])
      }),
    )
  })
})

describe('movePhrase', () => {
  it('moves a phrase forwards and backwards', () => {
    expect(expectOk(movePhrase(bank(['a', 'b', 'c', 'd']), 'kindness', 0, 2)).kindness).toEqual(['b', 'c', 'a', 'd'])
    expect(expectOk(movePhrase(bank(['a', 'b', 'c', 'd']), 'kindness', 3, 0)).kindness).toEqual(['d', 'a', 'b', 'c'])
  })

  it('refuses positions outside the list', () => {
    expectError(movePhrase(bank(['a', 'b']), 'kindness', 0, 2), 'not-found')
    expectError(movePhrase(bank(['a', 'b']), 'kindness', -1, 0), 'not-found')
  })

  it('is a permutation: nothing lost, nothing added, the moved phrase lands at `to`, others keep their order', () => {
    fc.assert(
      fc.property(distinctPhrases(15).filter((list) => list.length > 0), fc.nat(), fc.nat(), (list, a, b) => {
        const from = a % list.length
        const to = b % list.length
        const moved = expectOk(movePhrase(bank(list), 'kindness', from, to)).kindness
        expect([...moved].sort()).toEqual([...list].sort())
        expect(moved[to]).toBe(list[from])
        expect(moved.filter((_, index) => index !== to)).toEqual(list.filter((_, index) => index !== from))
      }),
    )
  })

  it('moving there and back restores the original order', () => {
    fc.assert(
      fc.property(distinctPhrases(15).filter((list) => list.length > 0), fc.nat(), fc.nat(), (list, a, b) => {
        const from = a % list.length
        const to = b % list.length
        const there = expectOk(movePhrase(bank(list), 'kindness', from, to))
        expect(expectOk(movePhrase(there, 'kindness', to, from)).kindness).toEqual(list)
      }),
    )
  })
})

describe('restoreDefaults', () => {
  const defaults = bank(['Default kindness'], ['Default noticing'], ['Default humanity'])
  const edited = bank(['Mine'], ['My noticing'], [])

  it('restores one step and leaves the others as the person made them', () => {
    const next = expectOk(restoreDefaults(edited, defaults, 'kindness'))
    expect(next).toEqual(bank(['Default kindness'], ['My noticing'], []))
  })

  it('restores every step when no step is given', () => {
    expect(expectOk(restoreDefaults(edited, defaults))).toEqual(defaults)
  })

  it('refuses defaults that break the rules', () => {
    expectError(restoreDefaults(edited, bank(['Same', 'same'])), 'duplicate')
  })
})

describe('parsePhraseBank and the schema', () => {
  it('accepts a valid bank and trims its phrases', () => {
    expect(expectOk(parsePhraseBank(bank([' a '])))).toEqual(bank(['a']))
  })

  it.each([
    ['an empty phrase', bank(['ok', '  ']), 'empty'],
    ['a too-long phrase', bank(['x'.repeat(phraseLimits.maxLength + 1)]), 'too-long'],
    ['a duplicate', bank(['Rest', ' rest ']), 'duplicate'],
    ['too many phrases', bank(Array.from({ length: phraseLimits.maxPerStep + 1 }, (_, i) => `p${i}`)), 'step-full'],
    ['a missing step', { mindfulness: [], humanity: [] }, 'invalid-bank'],
    ['a number for a phrase', { mindfulness: [1], humanity: [], kindness: [] }, 'invalid-bank'],
    ['nothing at all', null, 'invalid-bank'],
  ])('rejects %s with code %s', (_label, value, code) => {
    expectError(parsePhraseBank(value), code)
  })

  it('never holds what the operations would refuse: every bank built by operations parses back unchanged', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), step: stepArbitrary, text: fc.string({ maxLength: 30 }) }),
      fc.record({ kind: fc.constant('edit' as const), step: stepArbitrary, index: fc.nat(8), text: fc.string() }),
      fc.record({ kind: fc.constant('move' as const), step: stepArbitrary, from: fc.nat(8), to: fc.nat(8) }),
      fc.record({ kind: fc.constant('delete' as const), step: stepArbitrary, index: fc.nat(8) }),
    )
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (operations) => {
        let current = bank([])
        for (const op of operations) {
          const result =
            op.kind === 'add'
              ? addPhrase(current, op.step, op.text)
              : op.kind === 'edit'
                ? editPhrase(current, op.step, op.index, op.text)
                : op.kind === 'move'
                  ? movePhrase(current, op.step, op.from, op.to)
                  : deletePhrase(current, op.step, op.index)
          if (result.ok) current = result.bank
        }
        expect(phraseBankSchema.parse(current)).toEqual(current)
      }),
    )
  })
})
