import { journalLimits } from '../journal-problems'
import type { JournalFieldWords, ProblemWords } from './problem-words'

/** English: the journal's field names, shown in messages and in the readable export. */
export const enJournal: JournalFieldWords = {
  exportTitle: 'Kindbreak journal',
  kinds: { reframe: 'Reframing a thought', letter: 'A letter to yourself', 'good-things': 'Three good things' },
  fields: {
    id: 'Entry id',
    createdAt: 'Written on',
    updatedAt: 'Last changed',
    kind: 'Kind of entry',
    situation: 'Situation',
    harshVoice: 'Critical voice',
    feelings: 'Feelings',
    intensityBefore: 'Intensity before',
    mindfulNaming: 'Naming the moment',
    commonHumanity: 'Shared humanity',
    kindReply: 'Kind reply',
    intensityAfter: 'Intensity after',
    thinkingTraps: 'Thinking traps',
    letter: 'Letter',
    wentWell: 'Something that went well',
    alsoWentWell: 'Something else that went well',
    aboutMe: 'Something about you',
  },
}

/** English: what main refused or found wrong, worded from its codes. */
export const enProblems: ProblemWords = {
  refusals: {
    'untrusted-sender': () => 'the request did not come from Kindbreak’s own window.',
    'invalid-request': ({ fields }) => `Kindbreak’s window sent something it could not use (${fields.join(', ')}).`,
    'export-not-written': ({ file, cause }) => `${file} could not be written (${cause}); nothing was exported.`,
    'import-not-read': ({ file, cause }) => `${file} could not be read (${cause}); nothing was changed.`,
    'folder-not-opened': ({ folder, cause }) => `the folder ${folder} could not be opened (${cause}).`,
    'login-item-unchanged': ({ cause }) => `your system did not let Kindbreak change how it starts (${cause}).`,
    'hotkey-not-used': ({ hotkey, problem }) =>
      problem === 'unavailable'
        ? `${hotkey} could not be registered; another app may be using it. The previous hotkey still works.`
        : `${hotkey} is not a hotkey Kindbreak can use. The previous hotkey still works.`,
    'not-a-support-line': ({ url }) => `${url} is not one of the support lines Kindbreak may open.`,
    'journal-closed': () => 'the journal is closed because Kindbreak is quitting.',
  },
  unexpected: 'something unexpected went wrong. Nothing you wrote was lost.',
  journalIssues: {
    too_long: (field) => `“${field}” is longer than ${journalLimits.maxFieldCharacters.toLocaleString('en')} characters. Could you shorten it a little?`,
    nothing_written: () => 'Write what the critical voice said, or a kind reply. Either one is enough.',
    empty_letter: () => 'The letter is empty. A few lines are plenty.',
    no_good_thing: () => 'Write at least one good thing. One is enough for today.',
    not_for_kind: (field) => `“${field}” belongs to another kind of entry, so it was not saved here. Nothing was lost: it is still in the form.`,
    intensity_range: (field) => `“${field}” is a whole number from 0 to 10.`,
    bad_tag: (field) => `“${field}” holds a choice this version of Kindbreak does not recognise.`,
    too_many_tags: (field) => `“${field}” has more than ${journalLimits.maxTagsPerField} choices.`,
    updated_before_created: () => 'This entry says it was changed before it was written, so its dates cannot be trusted.',
    from_newer_version: () => 'This entry was written by a newer version of Kindbreak. Updating Kindbreak will let you read it.',
    unreadable: (field) => `“${field}” is missing or not in a form Kindbreak can read.`,
  },
  wholeEntry: 'This entry',
  backupRefusals: {
    'too-large': 'This file is far larger than any Kindbreak backup, so it was not opened. Nothing was changed.',
    'not-json': 'This file could not be read as a Kindbreak backup: it is not valid JSON. Nothing was changed.',
    'not-a-backup': 'This file is not a Kindbreak journal backup. Nothing was changed.',
    'newer-format': 'This backup comes from a newer version of Kindbreak. Update Kindbreak, then import it again. Nothing was changed.',
    'no-entries': 'This backup has no list of entries, so there is nothing to import. Nothing was changed.',
  },
}
