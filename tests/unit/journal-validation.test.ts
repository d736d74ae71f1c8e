import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  entryFromDraft,
  MAX_FIELD_CHARACTERS,
  reviseEntry,
  TEXT_FIELDS,
  validateDraft,
  validateEntry,
} from '../../electron/core/journal'
import { asReframe, makeEntry, makeEntryWithText, typedText } from './fixtures/journal-entries'

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/

describe('journal entry validation', () => {
  // Every kind's text fields, each in an entry of the kind that holds it.
  it.each(TEXT_FIELDS)('accepts exactly 10,000 characters in %s and refuses one more, naming the field', (field) => {
    const atLimit = validateEntry(makeEntryWithText(field, 'x'.repeat(MAX_FIELD_CHARACTERS)))
    expect(atLimit.ok).toBe(true)
    const over = validateEntry(makeEntryWithText(field, 'x'.repeat(MAX_FIELD_CHARACTERS + 1)))
    expect(over.ok).toBe(false)
    if (over.ok) return
    expect(over.issues).toHaveLength(1)
    expect(over.issues[0]).toEqual({ field, reason: 'too_long' })
  })

  it('counts an emoji as one character, not two UTF-16 units', () => {
    expect(validateEntry(makeEntry({ id: 'a', harshVoice: '🌱'.repeat(MAX_FIELD_CHARACTERS) })).ok).toBe(true)
    expect(validateEntry(makeEntry({ id: 'a', harshVoice: '🌱'.repeat(MAX_FIELD_CHARACTERS + 1) })).ok).toBe(false)
  })

  it('measures the limit after stripping control characters', () => {
    const padded = 'x'.repeat(MAX_FIELD_CHARACTERS) + '\u0000\u0007'
    expect(validateEntry(makeEntry({ id: 'a', harshVoice: padded })).ok).toBe(true)
  })

  it('strips control characters but keeps newlines, tabs and every other character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const result = validateEntry(makeEntry({ id: 'a', harshVoice: 'h', situation: text }))
        expect(result.ok).toBe(true)
        if (!result.ok) return
        const kept = asReframe(result.value).situation ?? ''
        expect(kept).not.toMatch(CONTROL)
        expect(kept).toBe([...text].filter((char) => !CONTROL.test(char)).join(''))
      }),
    )
    const result = validateEntry(makeEntry({ id: 'a', harshVoice: 'a\r\nb\tc\u0000d\u009Fe\u200Df' }))
    expect(result.ok && asReframe(result.value).harshVoice).toBe('a\nb\tcde\u200Df')
  })

  it('round-trips any Unicode exactly: emoji, right-to-left text, combining marks', () => {
    const samples = ['👩🏽‍💻 🏳️‍🌈', 'שלום עולם \u200F!', 'مرحبا', 'e\u0301 n\u0303 a\u030A', 'नमस्ते', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢']
    fc.assert(
      fc.property(fc.oneof(typedText, fc.constantFrom(...samples)), (text) => {
        const written = makeEntry({ id: 'a', harshVoice: 'h', kindReply: text, situation: text })
        const result = validateEntry(JSON.parse(JSON.stringify(written)))
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(result.value).toMatchObject({ kindReply: text, situation: text })
      }),
    )
  })

  it('needs words in the critical voice or the kind reply, and either alone is enough', () => {
    expect(validateEntry(makeEntry({ id: 'a', harshVoice: 'only this', kindReply: '' })).ok).toBe(true)
    expect(validateEntry(makeEntry({ id: 'a', harshVoice: '', kindReply: 'only this' })).ok).toBe(true)
    const blank = validateEntry(makeEntry({ id: 'a', harshVoice: '  \n', kindReply: '\t' }))
    expect(blank.ok).toBe(false)
    if (!blank.ok) expect(blank.issues[0]).toMatchObject({ field: null, reason: 'nothing_written' })
  })

  it('takes intensities as whole numbers from 0 to 10', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: true, noDefaultInfinity: true })), (value) => {
        const result = validateEntry(makeEntry({ id: 'a', intensityBefore: value }))
        expect(result.ok).toBe(Number.isInteger(value) && value >= 0 && value <= 10)
        if (!result.ok) expect(result.issues[0]).toMatchObject({ field: 'intensityBefore', reason: 'intensity_range' })
      }),
    )
    for (const unreadable of [Number.NaN, Number.POSITIVE_INFINITY, '7']) {
      expect(validateEntry(makeEntry({ id: 'a', intensityAfter: unreadable as number })).ok).toBe(false)
    }
  })

  it('keeps chip ids once each, in order, and refuses ids that are not ids', () => {
    const result = validateEntry(makeEntry({ id: 'a', feelings: ['sad', 'anxious', 'sad'] }))
    expect(result.ok && asReframe(result.value).feelings).toEqual(['sad', 'anxious'])
    const bad = validateEntry(makeEntry({ id: 'a', thinkingTraps: ['<script>'] }))
    expect(bad.ok || bad.issues[0]).toMatchObject({ field: 'thinkingTraps', reason: 'bad_tag' })
  })

  it('refuses an entry changed before it was written', () => {
    const result = validateEntry(makeEntry({ id: 'a', createdAt: 10, updatedAt: 9 }))
    expect(result.ok || result.issues[0]?.reason).toBe('updated_before_created')
  })

  it('reports a missing field as unreadable, by name', () => {
    const withoutId: Record<string, unknown> = { ...makeEntry({ id: 'a' }) }
    delete withoutId['id']
    const result = validateEntry(withoutId)
    expect(result.ok || result.issues[0]).toMatchObject({ field: 'id', reason: 'unreadable' })
  })
})

describe('drafts and edits', () => {
  it('accepts an empty draft, with the same hygiene and limits as an entry', () => {
    expect(validateDraft({}).ok).toBe(true)
    const draft = validateDraft({ situation: 'a\u0000b' })
    expect(draft.ok && draft.value.situation).toBe('ab')
    expect(validateDraft({ kindReply: 'x'.repeat(MAX_FIELD_CHARACTERS + 1) }).ok).toBe(false)
  })

  it('turns a draft into an entry with the id and time the caller gives', () => {
    const result = entryFromDraft({ kind: 'reframe', id: 'ignored', harshVoice: 'Not again.' }, { id: 'uuid-1', now: 42 })
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ id: 'uuid-1', createdAt: 42, updatedAt: 42, schemaVersion: 2, kind: 'reframe', feelings: [] }),
    })
    expect(entryFromDraft({ kind: 'reframe' }, { id: 'uuid-1', now: 42 }).ok).toBe(false)
  })

  it('replaces the content on edit and always moves updatedAt forward, even if the clock went back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000 }), (now) => {
        const existing = makeEntry({ id: 'a', createdAt: 500, updatedAt: 1_000, situation: 'old' })
        const result = reviseEntry(existing, { kind: 'reframe', kindReply: 'new words' }, now)
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(result.value.updatedAt).toBe(Math.max(now, 1_001))
        expect(result.value).toMatchObject({ id: 'a', createdAt: 500, kindReply: 'new words', harshVoice: '' })
        expect(asReframe(result.value).situation).toBeUndefined()
      }),
    )
  })
})
