import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { requestArgs, type PhraseEdit, type PhraseEditResult } from '../../electron/contract'
import { phraseBankSchema, phraseLimits, phraseSteps, type PhraseBank } from '../../electron/core/phrases'
import { defaultSettings, type Settings, type SettingsPatch } from '../../electron/core/settings'
import { applyPhraseEdit, phraseHandlers } from '../../electron/features/phrases'
import { defaultPhraseBank } from '../../electron/common/phrases'

const ours: PhraseBank = defaultPhraseBank('en')
const mine: PhraseBank = { mindfulness: ['Ouch.'], humanity: ['Others too.'], kindness: ['Easy now.', 'I am here.'] }

function phrasesOf(result: PhraseEditResult): PhraseBank {
  if (!result.ok) throw new Error(`expected the edit to succeed, got ${result.code}`)
  return result.phrases
}

describe('applyPhraseEdit', () => {
  it('starts from our phrases while the person has none stored', () => {
    const result = phrasesOf(applyPhraseEdit(null, { kind: 'add', step: 'kindness', texts: ['Breathe, love.'] }, ours))
    expect(result.kindness).toEqual([...ours.kindness, 'Breathe, love.'])
    expect(result.mindfulness).toEqual(ours.mindfulness)
  })

  it('edits, moves and deletes in the stored lists, never in the defaults', () => {
    expect(phrasesOf(applyPhraseEdit(mine, { kind: 'edit', step: 'kindness', index: 1, text: '  I am with you. ' }, ours)).kindness)
      .toEqual(['Easy now.', 'I am with you.'])
    expect(phrasesOf(applyPhraseEdit(mine, { kind: 'move', step: 'kindness', from: 1, to: 0 }, ours)).kindness)
      .toEqual(['I am here.', 'Easy now.'])
    const deleted = phrasesOf(applyPhraseEdit(mine, { kind: 'delete', step: 'kindness', index: 0 }, ours))
    expect(deleted).toEqual({ ...mine, kindness: ['I am here.'] })
  })

  it('restores one list, or all of them', () => {
    expect(phrasesOf(applyPhraseEdit(mine, { kind: 'restore', step: 'humanity' }, ours))).toEqual({ ...mine, humanity: ours.humanity })
    expect(phrasesOf(applyPhraseEdit(mine, { kind: 'restore' }, ours))).toEqual(ours)
  })

  it.each<[string, PhraseEdit, string]>([
    ['an empty phrase', { kind: 'edit', step: 'kindness', index: 0, text: '   ' }, 'empty'],
    ['a phrase over the length limit', { kind: 'add', step: 'kindness', texts: ['a'.repeat(phraseLimits.maxLength + 1)] }, 'too-long'],
    ['a phrase already in the list (other case and spacing)', { kind: 'add', step: 'kindness', texts: ['i  AM here.'] }, 'duplicate'],
    ['an index past the end', { kind: 'delete', step: 'humanity', index: 1 }, 'not-found'],
    ['a move to nowhere', { kind: 'move', step: 'kindness', from: 0, to: 2 }, 'not-found'],
  ])('refuses %s with its code', (_name, edit, code) => {
    expect(applyPhraseEdit(mine, edit, ours)).toMatchObject({ ok: false, code })
  })

  it('adds several texts together or not at all, naming the one refused', () => {
    const texts = ['May I rest.', 'May I be patient.', 'may i REST.']
    expect(applyPhraseEdit(mine, { kind: 'add', step: 'kindness', texts }, ours)).toEqual({ ok: false, code: 'duplicate', index: 2 })
    const accepted = phrasesOf(applyPhraseEdit(mine, { kind: 'add', step: 'kindness', texts: texts.slice(0, 2) }, ours))
    expect(accepted.kindness).toEqual([...mine.kindness, 'May I rest.', 'May I be patient.'])
  })

  it('refuses to grow a list past its limit', () => {
    const full = { ...mine, kindness: Array.from({ length: phraseLimits.maxPerStep }, (_, at) => `Phrase ${at}`) }
    expect(applyPhraseEdit(full, { kind: 'add', step: 'kindness', texts: ['One more.'] }, ours)).toEqual({ ok: false, code: 'step-full', index: 0 })
  })

  it('whatever edits arrive, every bank it returns is one the settings schema accepts', () => {
    const step = fc.constantFrom(...phraseSteps)
    const index = fc.nat({ max: 8 })
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', ' ', 'Ouch.', 'OUCH.', 'x'.repeat(501)))
    const edit: fc.Arbitrary<PhraseEdit> = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), step, texts: fc.array(text, { minLength: 1, maxLength: 4 }) }),
      fc.record({ kind: fc.constant('edit' as const), step, index, text }),
      fc.record({ kind: fc.constant('move' as const), step, from: index, to: index }),
      fc.record({ kind: fc.constant('delete' as const), step, index }),
      fc.record({ kind: fc.constant('restore' as const), step }),
    )
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        let bank: PhraseBank | null = null
        for (const next of edits) {
          const result = applyPhraseEdit(bank, next, ours)
          if (result.ok) {
            expect(phraseBankSchema.safeParse(result.phrases).success).toBe(true)
            bank = result.phrases
          }
        }
      }),
    )
  })
})

describe('the editPhrases handler', () => {
  function harness(phrases: PhraseBank | null) {
    let settings: Settings = { ...defaultSettings, phrases }
    const saved: SettingsPatch[] = []
    const handlers = phraseHandlers({
      settings: () => settings,
      locale: () => 'en',
      saveSettings: (patch) => {
        saved.push(patch)
        settings = { ...settings, ...patch }
      },
    })
    return { handlers, saved, current: () => settings }
  }

  it('saves the new lists and returns them', () => {
    const { handlers, saved, current } = harness(mine)
    const result = handlers.editPhrases({ kind: 'add', step: 'mindfulness', texts: ['Tight chest.'] })
    expect(result).toEqual({ ok: true, phrases: { ...mine, mindfulness: ['Ouch.', 'Tight chest.'] } })
    expect(saved).toEqual([{ phrases: { ...mine, mindfulness: ['Ouch.', 'Tight chest.'] } }])
    expect(current().phrases?.mindfulness).toEqual(['Ouch.', 'Tight chest.'])
  })

  it('saves nothing when the edit is refused', () => {
    const { handlers, saved } = harness(mine)
    expect(handlers.editPhrases({ kind: 'edit', step: 'kindness', index: 0, text: 'I am here.' })).toEqual({ ok: false, code: 'duplicate' })
    expect(saved).toEqual([])
  })

  it('stores lists that are exactly ours as null, so they follow the language again', () => {
    const { handlers, saved } = harness(mine)
    handlers.editPhrases({ kind: 'restore' })
    expect(saved).toEqual([{ phrases: null }])
    const { handlers: fromOurs, saved: savedFromOurs } = harness(null)
    fromOurs.editPhrases({ kind: 'delete', step: 'kindness', index: 0 })
    expect(savedFromOurs[0]?.phrases?.kindness).toEqual(ours.kindness.slice(1))
  })
})

describe('the editPhrases request arguments', () => {
  const accepts = (value: unknown) => requestArgs.editPhrases.safeParse(value).success

  it('accepts each kind of edit, alone: main reads our phrases itself', () => {
    for (const edit of [
      { kind: 'add', step: 'kindness', texts: ['May I rest.'] },
      { kind: 'edit', step: 'humanity', index: 0, text: 'Others too.' },
      { kind: 'move', step: 'mindfulness', from: 2, to: 0 },
      { kind: 'delete', step: 'kindness', index: 4 },
      { kind: 'restore' },
      { kind: 'restore', step: 'kindness' },
    ]) expect(accepts([edit]), JSON.stringify(edit)).toBe(true)
  })

  it('lets an over-long phrase through to the core (which answers too-long) but not an unbounded payload', () => {
    expect(accepts([{ kind: 'add', step: 'kindness', texts: ['a'.repeat(phraseLimits.maxLength + 1)] }])).toBe(true)
    expect(accepts([{ kind: 'add', step: 'kindness', texts: ['a'.repeat(10 * phraseLimits.maxLength + 1)] }])).toBe(false)
  })

  it.each([
    ['an unknown kind', [{ kind: 'shuffle', step: 'kindness' }]],
    ['an unknown step', [{ kind: 'delete', step: 'joy', index: 0 }]],
    ['a negative index', [{ kind: 'delete', step: 'kindness', index: -1 }]],
    ['a fractional index', [{ kind: 'move', step: 'kindness', from: 0.5, to: 1 }]],
    ['an extra field', [{ kind: 'restore', everything: true }]],
    ['no texts to add', [{ kind: 'add', step: 'kindness', texts: [] }]],
    ['phrases sent along (main reads its own)', [{ kind: 'restore' }, ours]],
    ['no edit', []],
  ])('refuses %s', (_name, args) => {
    expect(accepts(args)).toBe(false)
  })
})
