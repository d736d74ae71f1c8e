import type { LifeFocus } from '../life-focus'

/**
 * English: the optional life focus. Its Settings section, and per focus the words it changes: the examples a
 * practice gives (with no focus, the practices' own examples stay) and a few suggested phrases for each step of
 * the break, offered before ours wherever ours are offered. Modest on purpose: a focus colours the examples,
 * it never decides what a practice is.
 */
export const enLifeFocus = {
  heading: 'Your life right now (optional)',
  intro: 'This only changes the examples and the suggested phrases in the practices.',
  legend: 'Life focus',
  none: 'None',
  focuses: {
    work: {
      label: 'Work',
      examples: {
        difficulty: 'e.g. “the deadline at work” (optional)',
        situation: 'A few words are plenty, such as “missed a deadline”.',
        othersFeel: 'Other people at work feel this when…',
      },
      phrases: {
        mindfulness: ['This is work stress, and I can feel it.', 'There is pressure at work right now.'],
        humanity: ['Many people feel stretched at work like this.', 'Everyone gets things wrong at work sometimes.'],
        kindness: ['May I remember that I am more than my work.', 'May I do what I can today and let the rest wait.'],
      },
      hear: ['You are worth more than what you get done.'],
    },
    caring: {
      label: 'Caring for someone',
      examples: {
        difficulty: 'e.g. “a long day of caring” (optional)',
        situation: 'A few words are plenty, such as “snapped when I was worn out”.',
        othersFeel: 'Others who care for someone feel this when…',
      },
      // Phrases of balance: caring for someone does not mean being able to decide how their life goes.
      phrases: {
        mindfulness: ['Caring for someone is hard right now.', 'I am tired from caring, and I can notice it.'],
        humanity: ['Many people caring for someone feel this way.', 'Carers everywhere have days like this.'],
        kindness: [
          'I can care for them without controlling how things turn out.',
          'Their path is not all in my hands; I can still be beside them.',
          'May I give care, and take some for myself too.',
        ],
      },
      hear: ['You are allowed to rest too.', 'You are doing something hard, and doing it with love.'],
    },
    parenting: {
      label: 'Parenting',
      examples: {
        difficulty: 'e.g. “a hard bedtime” (optional)',
        situation: 'A few words are plenty, such as “raised my voice at bedtime”.',
        othersFeel: 'Other parents feel this when…',
      },
      phrases: {
        mindfulness: ['Parenting is hard in this moment.', 'I feel stretched thin, and I can name it.'],
        humanity: ['Every parent has moments like this.', 'Other parents are finding this hard right now too.'],
        kindness: [
          'May I be as patient with myself as I try to be with them.',
          'I do not have to be a perfect parent to be a loving one.',
          'May I forgive myself for today and begin again tomorrow.',
        ],
      },
      hear: ['You love them, and it shows.'],
    },
    studying: {
      label: 'Studying',
      examples: {
        difficulty: 'e.g. “the exam” (optional)',
        situation: 'A few words are plenty, such as “the exam went badly”.',
        othersFeel: 'Other students feel this when…',
      },
      phrases: {
        mindfulness: ['Studying feels heavy right now.', 'There is worry about the exam, and I can notice it.'],
        humanity: ['Lots of students feel this way.', 'Everyone who learns gets stuck sometimes.'],
        kindness: ['May I learn at my own pace.', 'One result does not decide who I am.', 'May I rest, so that I can learn.'],
      },
      hear: ['One exam is not who you are.'],
    },
    'later-life': {
      label: 'Later life',
      examples: {
        difficulty: 'e.g. “a slower body” (optional)',
        situation: 'A few words are plenty, such as “the stairs were hard today”.',
        othersFeel: 'Others growing older feel this when…',
      },
      phrases: {
        mindfulness: ['My body is slower than it was, and that is hard.', 'Something has been lost, and I can feel it.'],
        humanity: ['Many people growing older feel this too.', 'Changing with the years is part of every life.'],
        kindness: [
          'May I be gentle with the body that has carried me this far.',
          'May I meet these years with kindness.',
          'May I feel connected and cared for.',
        ],
      },
      hear: ['You have come a long way.'],
    },
  } satisfies Record<LifeFocus, unknown>,
}

/** The shape every language's life-focus words have (a missing or extra key is a compile error). */
export type LifeFocusWords = typeof enLifeFocus
