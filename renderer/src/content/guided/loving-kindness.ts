import type { GuidedPractice } from './types'

/**
 * Loving-kindness for yourself: a few kind wishes said silently and slowly, in time with the breath, or with
 * the warmth of the hands for anyone for whom the breath is not a calm place. The wishes are the person's own
 * (the phrase bank), or ours until they have some; a softer wish is offered when a wish feels false.
 */
export const lovingKindness: GuidedPractice = {
  id: 'loving-kindness',
  anchors: ['breath', 'hands'],
  lengths: [
    {
      minutes: 3,
      steps: [
        { id: 'settle', seconds: 25 },
        { id: 'breath', seconds: 30, anchored: true },
        { id: 'wishes', seconds: 45, anchored: true, phrases: true },
        { id: 'false', seconds: 30 },
        { id: 'rest', seconds: 25 },
        { id: 'return', seconds: 25 },
      ],
    },
    {
      minutes: 5,
      steps: [
        { id: 'settle', seconds: 25 },
        { id: 'touch', seconds: 25, touch: 'hand-on-heart' },
        { id: 'breath', seconds: 35, anchored: true },
        { id: 'wishes', seconds: 50, anchored: true, phrases: true },
        { id: 'false', seconds: 30 },
        { id: 'wander', seconds: 25, anchored: true },
        { id: 'wishes-again', seconds: 45, anchored: true, phrases: true },
        { id: 'rest', seconds: 35 },
        { id: 'return', seconds: 30 },
      ],
    },
  ],
}
