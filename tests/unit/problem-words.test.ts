// Main reports problems as codes and parameters; the window words them from the catalog. These tests
// follow a refusal from main's throw, through Electron's wrapping, to the sentence a person reads.
import { describe, expect, it } from 'vitest'
import { catalogs } from '../../electron/common/catalog'
import { fieldIssueReasons, journalFields } from '../../electron/common/journal-problems'
import { readRefusal, type Refusal } from '../../electron/common/refusals'
import { locales } from '../../electron/common/locale'
import { RequestRefused } from '../../electron/platform/ipc'
import { wordFieldIssue, wordRefusal } from '../../renderer/src/i18n/word-problem'

/** What the window receives when a handler throws: Electron keeps only the message, wrapped in its own words. */
function asReceived(error: Error): Error {
  return new Error(`Error invoking remote method 'journal:export': ${error.name}: ${error.message}`)
}

const everyRefusal: Refusal[] = [
  { code: 'untrusted-sender' },
  { code: 'invalid-request', fields: ['sound.volume', 'theme'] },
  { code: 'export-not-written', file: '/home/ana/journal.md', cause: 'ENOSPC' },
  { code: 'import-not-read', file: '/home/ana/backup.json', cause: 'EACCES' },
  { code: 'folder-not-opened', folder: '/home/ana/.config/Kindbreak', cause: 'no file manager' },
  { code: 'login-item-unchanged', cause: 'denied' },
  { code: 'hotkey-not-used', hotkey: 'Alt+Shift+B', problem: 'unavailable' },
  { code: 'hotkey-not-used', hotkey: 'K', problem: 'no-modifier' },
  { code: 'not-a-support-line', url: 'https://example.com' },
  { code: 'journal-closed' },
]

describe('refusals, from main to the person', () => {
  it.each(everyRefusal.map((refusal) => [refusal.code, refusal] as const))('reads back %s exactly as main threw it', (_code, refusal) => {
    expect(readRefusal(asReceived(new RequestRefused(refusal)))).toEqual(refusal)
  })

  it.each(locales)('words every refusal in %s with its parameters and no code left in it', (locale) => {
    const words = catalogs[locale].problems
    for (const refusal of everyRefusal) {
      const sentence = wordRefusal(asReceived(new RequestRefused(refusal)), words)
      expect(sentence).not.toBe(words.unexpected)
      expect(sentence).not.toContain(refusal.code)
      for (const value of Object.values(refusal).filter((value) => typeof value === 'string' && value !== refusal.code)) {
        // The hotkey problem is worded, not shown; everything else the person may need (a path, a cause) is.
        if (value !== (refusal as { problem?: string }).problem) expect(sentence).toContain(value)
      }
    }
    // The two hotkey problems read differently: one blames another app, the other the keys.
    const [taken, unusable] = everyRefusal.filter((refusal) => refusal.code === 'hotkey-not-used').map((refusal) => wordRefusal(asReceived(new RequestRefused(refusal)), words))
    expect(taken).not.toBe(unusable)
  })

  it.each([
    ['an ordinary error', new Error('ENOENT: no such file')],
    ['a marked message that is not JSON', new Error('kindbreak-refusal:{oops')],
    ['a marked message with an unknown code', new Error('kindbreak-refusal:{"code":"format-disk"}')],
    ['a marked message that is not an object', new Error('kindbreak-refusal:"journal-closed"')],
    ['something thrown that is not an Error', 'a string'],
  ])('calls %s unexpected, never shows it raw', (_what, error) => {
    expect(readRefusal(error)).toBeNull()
    expect(wordRefusal(error, catalogs.en.problems)).toBe(catalogs.en.problems.unexpected)
  })
})

describe('journal issues, worded by field', () => {
  it.each(locales)('names the field as the form names it, in %s, for every reason', (locale) => {
    const words = catalogs[locale]
    for (const reason of fieldIssueReasons) {
      for (const field of journalFields) {
        const sentence = wordFieldIssue({ field, reason }, words)
        expect(sentence.length).toBeGreaterThan(10)
        expect(sentence).not.toContain(reason)
      }
    }
    expect(wordFieldIssue({ field: 'kindReply', reason: 'too_long' }, words)).toContain(words.journalFields.fields.kindReply)
    expect(wordFieldIssue({ field: null, reason: 'unreadable' }, words)).toContain(words.problems.wholeEntry)
    // A field this version does not know (from a newer backup) is named as it is, not dropped.
    expect(wordFieldIssue({ field: 'gratitude', reason: 'unreadable' }, words)).toContain('gratitude')
  })

  it('writes the limit as each language writes numbers', () => {
    expect(wordFieldIssue({ field: 'harshVoice', reason: 'too_long' }, catalogs.en)).toContain('10,000')
    expect(wordFieldIssue({ field: 'harshVoice', reason: 'too_long' }, catalogs.es)).toContain('10.000')
  })
})
