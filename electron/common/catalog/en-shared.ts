/**
 * English: the words both processes show, keyed by the shared layer's ids: our default phrases for each step
 * of the break (phrases.ts), the journal's chips (journal-tags.ts) and the crisis lines (support-lines.ts).
 * In its own file so the main bundle carries these without the window's words.
 */
export const enShared = {
  /** Offered for each step until the person writes their own; main starts their lists from these. */
  phrases: {
    mindfulness: [
      'This is hard right now.',
      'This is stress, and I can notice it.',
      'Ouch. This hurts.',
      'Something difficult is here.',
      'I can name this feeling without fighting it.',
    ],
    humanity: [
      'Other people feel this too.',
      "I'm not the only one who finds this hard.",
      'Everyone has days like this.',
      'Hard moments are part of being human.',
      'Somewhere, someone feels just like this right now.',
    ],
    kindness: [
      'May I be gentle with myself right now.',
      "May I give myself the patience I'd give a friend.",
      "I'm doing the best I can.",
      'May I feel safe and at ease.',
      "It's okay to take a moment for myself.",
    ],
  },
  /** The feeling chips' labels. */
  feelings: {
    anxious: 'Anxious',
    ashamed: 'Ashamed',
    sad: 'Sad',
    angry: 'Angry',
    lonely: 'Lonely',
    overwhelmed: 'Overwhelmed',
    disappointed: 'Disappointed',
    frustrated: 'Frustrated',
    guilty: 'Guilty',
    afraid: 'Afraid',
    hurt: 'Hurt',
    tired: 'Worn out',
  },
  /** The thinking-trap chips: a label, and a description for the chip's tooltip. */
  thinkingTraps: {
    'all-or-nothing': { label: 'All or nothing', description: 'Only perfect or failed, nothing in between.' },
    overgeneralising: { label: 'Always and never', description: 'One moment turned into a rule about everything.' },
    'mind-reading': { label: 'Mind reading', description: 'Being sure what others think, without asking.' },
    'fortune-telling': { label: 'Fortune telling', description: 'A guess about what will happen, taken as fact.' },
    catastrophising: { label: 'Catastrophising', description: 'A setback growing into a disaster in the mind.' },
    'discounting-positive': { label: 'Discounting the good', description: 'What went well somehow “does not count”.' },
    'emotional-reasoning': { label: 'Feelings as facts', description: '“I feel useless, so I must be.”' },
    'should-statements': { label: 'Shoulds and musts', description: 'Rules for yourself that leave no room to be human.' },
    labelling: { label: 'Labelling', description: 'One mistake becoming who you are.' },
    'self-blame': { label: 'Taking all the blame', description: 'Carrying the whole weight of something shared.' },
  },
  /** A micro-pause's one line: a breath or a kind phrase, for twenty seconds between breaks. */
  microPauses: [
    'Breathe in slowly… and let the breath out a little longer.',
    'Let your shoulders drop, just a little.',
    'One soft breath, just for you.',
    'You are allowed to go gently.',
    'Unclench your jaw. Soften your hands.',
    'You are doing enough for this moment.',
    'Notice your feet on the floor, and breathe out.',
    'A kind word for yourself, right now.',
  ],
  /** Where each crisis line serves, and what it offers; its name is its own and stays in support-lines.ts. */
  crisisLines: {
    'find-a-helpline': { region: 'Worldwide', description: 'A directory of free, confidential helplines in many countries.' },
    'befrienders-worldwide': { region: 'Worldwide', description: 'Emotional support centres around the world, with a search by country.' },
    '988-us': { region: 'United States', description: 'Call or text 988, any time of day.' },
    '988-canada': { region: 'Canada', description: 'Call or text 988, any time of day.' },
    samaritans: { region: 'United Kingdom and Ireland', description: 'Free to call on 116 123, day or night.' },
    'telefono-de-la-esperanza': { region: 'Spain', description: 'Emotional support by phone on 717 003 717.' },
    'lifeline-australia': { region: 'Australia', description: 'Crisis support on 13 11 14, any time of day.' },
  },
}

/** The shape every language's shared words have (a missing or extra key is a compile error). */
export type SharedWords = typeof enShared
