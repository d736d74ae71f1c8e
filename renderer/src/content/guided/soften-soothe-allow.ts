import type { GuidedPractice } from './types'

/**
 * Soften, soothe, allow: for a hard moment, a mild difficulty only (never the hardest thing). Naming the
 * feeling, finding where it sits in the body, then meeting it with softness, comfort and room. The way out
 * (feet, open eyes, stopping) is said once, early.
 */
export const softenSootheAllow: GuidedPractice = {
  id: 'soften-soothe-allow',
  lengths: [
    {
      minutes: 5,
      steps: [
        { id: 'arrive', seconds: 20 },
        { id: 'way-out', seconds: 20 },
        { id: 'difficulty', seconds: 35 },
        { id: 'name', seconds: null, answer: true },
        { id: 'body', seconds: 40 },
        { id: 'soften', seconds: 40 },
        { id: 'soothe', seconds: 40, touch: 'hand-on-heart' },
        { id: 'allow', seconds: 40 },
        { id: 'together', seconds: 30 },
        { id: 'let-go', seconds: 35 },
      ],
    },
  ],
}
