import type { GuidedPractice } from './types'

/**
 * Body scan: a slow, kind journey from the feet to the head, appreciating what works, softening what is
 * tense, and meeting discomfort with warmth. The longer form visits more regions. Not breath-based.
 */
export const bodyScan: GuidedPractice = {
  id: 'body-scan',
  lengths: [
    {
      minutes: 3,
      steps: [
        { id: 'arrive', seconds: 20 },
        { id: 'feet', seconds: 25 },
        { id: 'legs', seconds: 25 },
        { id: 'belly', seconds: 25 },
        { id: 'shoulders', seconds: 25 },
        { id: 'face', seconds: 25 },
        { id: 'whole', seconds: 35 },
      ],
    },
    {
      minutes: 8,
      steps: [
        { id: 'arrive', seconds: 30 },
        { id: 'meet', seconds: 30 },
        { id: 'feet', seconds: 40 },
        { id: 'legs', seconds: 40 },
        { id: 'hips', seconds: 35 },
        { id: 'belly', seconds: 35 },
        { id: 'back', seconds: 40 },
        { id: 'chest', seconds: 35, touch: 'hand-on-heart' },
        { id: 'arms', seconds: 40 },
        { id: 'shoulders', seconds: 40 },
        { id: 'face', seconds: 40 },
        { id: 'head', seconds: 40 },
        { id: 'whole', seconds: 35 },
      ],
    },
  ],
}
