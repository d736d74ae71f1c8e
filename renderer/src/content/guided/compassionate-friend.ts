import type { GuidedPractice } from './types'

/**
 * A compassionate friend: an imagined safe place, and a kind, wise presence who comes to say what the person
 * needs to hear. Nothing has to appear; the warmth stays when the visitor leaves, because it came from within.
 */
export const compassionateFriend: GuidedPractice = {
  id: 'compassionate-friend',
  lengths: [
    {
      minutes: 8,
      steps: [
        { id: 'settle', seconds: 30 },
        { id: 'permission', seconds: 25 },
        { id: 'place', seconds: 55 },
        { id: 'there', seconds: 45 },
        { id: 'arrival', seconds: 50 },
        { id: 'greeting', seconds: 40 },
        { id: 'with', seconds: 55 },
        { id: 'words', seconds: null, answer: true },
        { id: 'reply', seconds: 50 },
        { id: 'goodbye', seconds: 40 },
        { id: 'warmth', seconds: 45 },
        { id: 'return', seconds: 45 },
      ],
    },
  ],
}
