import { countIn } from './count-words'

/** English: the library screen and the guided-practice player. */
export const enLibrary = {
  library: {
    heading: 'Practice library',
    intro: 'Every practice Kindbreak guides. Mark the ones you like, and a timed break can bring them to you.',
    link: 'All practices',
    filtersLegend: 'Show',
    kindLabel: 'Kind',
    lengthLabel: 'Length',
    movementLabel: 'Moving',
    breathLabel: 'The breath',
    any: 'Any',
    kinds: { settle: 'Settle and steady', kindness: 'Warmth and kindness', 'hard-moment': 'For a hard moment' },
    lengths: { 1: 'About 1 minute', 3: 'About 3 minutes', 5: 'About 5 minutes', 10: '10 minutes or more' },
    still: 'Sitting or standing still',
    moving: 'Moving, away from the screen',
    withBreath: 'With the breath',
    withoutBreath: 'Without the breath',
    /** A practice's lengths, from its shortest to its longest (a range when there is a choice). */
    minutes: (shortest: number, longest: number) => (shortest === longest ? `${shortest} min` : `${shortest}–${longest} min`),
    favourite: (name: string) => `Favourite: ${name}`,
    favouritesCount: (count: number) => countIn('en', count, { one: '# favourite', other: '# favourites' }),
    shownCount: (shown: number, total: number) => `Showing ${shown} of ${total} practices.`,
    none: 'No practice matches all of these. Try a wider choice.',
  },
  player: {
    lengthLegend: 'How long',
    minutes: (minutes: number) => countIn('en', minutes, { one: 'About # minute', other: 'About # minutes' }),
    anchorLegend: 'Rest your attention on',
    anchors: { breath: 'The breath', feet: 'The soles of your feet', hands: 'Your hands', sounds: 'The sounds around you' },
    begin: 'Begin',
    pause: 'Pause',
    resume: 'Resume',
    paused: 'Paused. Take all the time you need.',
    next: 'Next',
    ready: 'Go on when you are ready',
    finish: 'Finish',
    position: (at: number, total: number) => `Step ${at} of ${total}`,
    keys: 'Space pauses and resumes. Esc leaves at any moment.',
    answerNote: 'Only for this moment: it is not saved anywhere.',
    back: 'I am back',
    yourPhrases: 'Your words',
    ourPhrases: 'Some words you might use',
    stepTime: 'Time with this step',
  },
}

export type LibraryWords = typeof enLibrary
