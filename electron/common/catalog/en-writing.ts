/** English: the journal's other kinds of writing, a letter to yourself and three good things. */
export const enWriting = {
  /** The library's and the path's names for them, with one line each. */
  writingNames: {
    letter: {
      name: 'A letter to yourself',
      summary: 'Write to yourself as a kind friend would: someone who knows your struggles and is on your side.',
    },
    'good-things': {
      name: 'Three good things',
      summary: 'Notice three things that went well, however small, one of them about you.',
    },
  },
  letter: {
    heading: 'A letter to yourself',
    intro: 'Write to yourself the way a warm, wise friend would write to you: someone who sees what you find hard and what you do well, and is on your side. Take your time. No one else will read it.',
    promptsHeading: 'If it helps, start from these',
    prompts: [
      'What have you been hard on yourself about lately? Put it down plainly, as it is, without judging it.',
      'Picture a friend who cares about you and knows what this has been like. What would they want you to hear?',
      'What might this friend wish for you from here, and what small, kind step might they suggest?',
    ],
    hidePrompts: 'Hide the prompts',
    showPrompts: 'Show the prompts',
    label: 'Your letter',
    hint: 'Begin however you like, perhaps with “Dear” and your name.',
    save: 'Keep this letter',
    draftRestored: 'Your unfinished letter was kept, just as you left it.',
    savedHeading: 'Your letter is kept',
    savedBody: 'It is in your journal, on this computer only. On a harder day, it will be there to read again.',
    another: 'Write another letter',
  },
  goodThings: {
    heading: 'Three good things',
    intro: 'Look back over the day and notice three things that went well. Small ones count: a kind word, a quiet moment, a task done. Let one of them be about you.',
    prompts: {
      wentWell: { label: 'Something that went well', hint: 'What happened, and what it was like.' },
      alsoWentWell: { label: 'Something else that went well', hint: 'It can be as small as a cup of tea.' },
      aboutMe: { label: 'Something about you', hint: 'Something you did, tried or showed today. Effort counts as much as success.' },
    },
    save: 'Keep these',
    draftRestored: 'Your unfinished good things were kept, just as you left them.',
    savedHeading: 'Your good things are kept',
    savedBody: 'They are in your journal, on this computer only. Noticing what goes well is a practice too, and you just did it.',
    another: 'Write another page',
  },
  /** The journal's ways to write and to narrow the list by kind. */
  journalKinds: {
    writeHeading: 'Write',
    filterLegend: 'Show',
    all: 'Every kind',
    plural: { reframe: 'Reframings', letter: 'Letters', 'good-things': 'Three good things' },
    /** How an entry of each kind is named in the list (for a screen reader, before its words). */
    single: { reframe: 'Reframing', letter: 'Letter to yourself', 'good-things': 'Three good things' },
  },
}

export type WritingWords = typeof enWriting
