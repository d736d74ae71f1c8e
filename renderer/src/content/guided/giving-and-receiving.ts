import type { GuidedPractice } from './types'

/**
 * Giving and receiving: breathing in care for yourself, breathing out care for someone easy to care for, in
 * whatever balance is needed, then for both. The hands (one receiving, one giving) stand in for the breath
 * for anyone for whom the breath is not a calm place.
 */
export const givingAndReceiving: GuidedPractice = {
  id: 'giving-and-receiving',
  anchors: ['breath', 'hands'],
  lengths: [
    {
      minutes: 5,
      steps: [
        { id: 'settle', seconds: 25 },
        { id: 'breath', seconds: 30, anchored: true, pace: { inSeconds: 4, outSeconds: 6 } },
        { id: 'in-for-you', seconds: 40, anchored: true },
        { id: 'someone', seconds: 25 },
        { id: 'out-for-them', seconds: 35, anchored: true },
        { id: 'both', seconds: 40, anchored: true, pace: { inSeconds: 4, outSeconds: 6 } },
        { id: 'ratio', seconds: 40, anchored: true },
        { id: 'others', seconds: 30 },
        { id: 'rest', seconds: 35 },
      ],
    },
  ],
}
