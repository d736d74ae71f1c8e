import { describe, expect, it } from 'vitest'
import {
  entryFromDraft,
  fieldsOfKind,
  MAX_FIELD_CHARACTERS,
  mergeImport,
  reviseEntry,
  validateDraft,
  validateEntry,
  type FieldIssue,
  type Validated,
} from '../../electron/core/journal'
import { makeEntry, makeGoodThings, makeLetter } from './fixtures/journal-entries'

/** The issues a refused value gave; a value that was accepted fails the test here. */
function issuesOf(result: Validated<unknown>): FieldIssue[] {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`)
  return result.issues
}

const ids = { id: 'new-id', now: 1_700_000_100_000 }

describe('a letter to oneself', () => {
  it('is refused when empty or only blank, as an empty letter', () => {
    for (const letter of ['', '  \n\t ']) {
      expect(issuesOf(validateEntry(makeLetter({ id: 'a', letter })))).toEqual([{ field: null, reason: 'empty_letter' }])
    }
    expect(issuesOf(entryFromDraft({ kind: 'letter' }, ids))).toEqual([{ field: null, reason: 'empty_letter' }])
  })

  it('becomes an entry holding the letter and nothing of the other kinds', () => {
    expect(entryFromDraft({ kind: 'letter', letter: 'Dear me,\nwell done.' }, ids)).toEqual({
      ok: true,
      value: { id: 'new-id', schemaVersion: 2, kind: 'letter', createdAt: ids.now, updatedAt: ids.now, letter: 'Dear me,\nwell done.' },
    })
  })

  it('is refused over the length limit, naming the letter', () => {
    const tooLong = entryFromDraft({ kind: 'letter', letter: 'x'.repeat(MAX_FIELD_CHARACTERS + 1) }, ids)
    expect(issuesOf(tooLong)).toEqual([{ field: 'letter', reason: 'too_long' }])
  })
})

describe('three good things', () => {
  it('is refused with no words in any of the three', () => {
    const blank = makeGoodThings({ id: 'a', wentWell: ' ', alsoWentWell: '', aboutMe: '\n' })
    expect(issuesOf(validateEntry(blank))).toEqual([{ field: null, reason: 'no_good_thing' }])
    expect(issuesOf(entryFromDraft({ kind: 'good-things' }, ids))).toEqual([{ field: null, reason: 'no_good_thing' }])
  })

  // A person may only manage one good thing on a hard day; any one of the three is enough.
  it.each(fieldsOfKind['good-things'])('is accepted with only %s written', (field) => {
    const result = entryFromDraft({ kind: 'good-things', [field]: 'Something small' }, ids)
    expect(result).toEqual({
      ok: true,
      value: { id: 'new-id', schemaVersion: 2, kind: 'good-things', createdAt: ids.now, updatedAt: ids.now, [field]: 'Something small' },
    })
  })
})

describe('drafts of every kind', () => {
  it('are accepted empty, and a draft without a kind is a reframing', () => {
    expect(validateDraft({})).toEqual({ ok: true, value: { kind: 'reframe' } })
    expect(validateDraft({ kind: 'letter' })).toEqual({ ok: true, value: { kind: 'letter' } })
    expect(validateDraft({ kind: 'good-things' })).toEqual({ ok: true, value: { kind: 'good-things' } })
  })

  it('keep only what was written, with the same hygiene as an entry', () => {
    expect(validateDraft({ kind: 'letter', letter: 'a\u0000b' })).toEqual({ ok: true, value: { kind: 'letter', letter: 'ab' } })
    expect(validateDraft({ kind: 'good-things', aboutMe: 'me' })).toEqual({ ok: true, value: { kind: 'good-things', aboutMe: 'me' } })
    expect(validateDraft({ harshVoice: 'h' })).toEqual({ ok: true, value: { kind: 'reframe', harshVoice: 'h' } })
  })

  // Refused rather than dropped, so no word a person typed disappears quietly.
  it.each([
    [{ kind: 'letter', letter: 'Dear me', harshVoice: 'stray' }, 'harshVoice'],
    [{ kind: 'letter', letter: 'Dear me', feelings: ['sad'] }, 'feelings'],
    [{ kind: 'good-things', wentWell: 'tea', letter: 'stray' }, 'letter'],
    [{ kind: 'reframe', harshVoice: 'h', aboutMe: 'stray' }, 'aboutMe'],
    [{ harshVoice: 'h', wentWell: 'stray' }, 'wentWell'],
  ])('refuse a field of another kind, naming it: %j', (draft, field) => {
    expect(issuesOf(validateDraft(draft))).toEqual([{ field, reason: 'not_for_kind' }])
  })

  it('refuse a kind that does not exist', () => {
    expect(issuesOf(validateDraft({ kind: 'poem', letter: 'x' }))).toContainEqual(expect.objectContaining({ field: 'kind' }))
  })
})

describe('stored and imported entries with words of another kind', () => {
  // The entry schema strips keys it does not know; words of another kind are refused and named instead,
  // so an import never keeps the entry while losing what the person wrote.
  it.each([
    [{ ...makeLetter({ id: 'l' }), harshVoice: 'typed words' }, ['harshVoice']],
    [{ ...makeGoodThings({ id: 'g' }), letter: 'Dear me', kindReply: 'kind' }, ['kindReply', 'letter']],
    [{ ...makeEntry({ id: 'r' }), aboutMe: 'me' }, ['aboutMe']],
  ])('are refused, naming each such field: %j', (record, fields) => {
    const named = issuesOf(validateEntry(record)).map((issue) => [issue.field, issue.reason])
    expect(named.sort()).toEqual(fields.map((field) => [field, 'not_for_kind']).sort())
  })

  it('are reported by an import, which adds the rest', () => {
    const stray = { ...makeLetter({ id: 'stray' }), wentWell: 'a walk' }
    const merged = mergeImport(new Map(), [stray, makeLetter({ id: 'fine' })])
    expect(merged.toWrite.map((entry) => entry.id)).toEqual(['fine'])
    expect(merged.report.rejected).toEqual([{ index: 0, id: 'stray', issues: [{ field: 'wentWell', reason: 'not_for_kind' }] }])
  })

  it('still drop keys that are no field of any kind, as before', () => {
    const result = validateEntry({ ...makeLetter({ id: 'x' }), colour: 'blue' })
    expect(result.ok && 'colour' in result.value).toBe(false)
    expect(result.ok).toBe(true)
  })
})

describe('editing keeps the kind', () => {
  it('refuses a draft of another kind, naming the kind', () => {
    const letter = makeLetter({ id: 'a' })
    expect(issuesOf(reviseEntry(letter, { kind: 'reframe', harshVoice: 'x' }, 2_000_000_000_000))).toEqual([
      { field: 'kind', reason: 'not_for_kind' },
    ])
    const reframing = makeEntry({ id: 'b' })
    expect(issuesOf(reviseEntry(reframing, { kind: 'good-things', aboutMe: 'x' }, 2_000_000_000_000))).toEqual([
      { field: 'kind', reason: 'not_for_kind' },
    ])
  })

  it('revises a letter with a letter, keeping its id and creation time', () => {
    const letter = makeLetter({ id: 'a', createdAt: 100, updatedAt: 200 })
    expect(reviseEntry(letter, { kind: 'letter', letter: 'Rewritten.' }, 300)).toEqual({
      ok: true,
      value: { id: 'a', schemaVersion: 2, kind: 'letter', createdAt: 100, updatedAt: 300, letter: 'Rewritten.' },
    })
  })

  it('drops a good thing the person cleared while editing', () => {
    const three = makeGoodThings({ id: 'a' })
    const revised = reviseEntry(three, { kind: 'good-things', aboutMe: 'Only this now' }, 2_000_000_000_000)
    expect(revised.ok && revised.value).toEqual({ ...three, wentWell: undefined, alsoWentWell: undefined, aboutMe: 'Only this now', updatedAt: 2_000_000_000_000 })
  })
})
