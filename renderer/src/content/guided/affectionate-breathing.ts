import type { GuidedPractice } from './types'

/**
 * Affectionate breathing: the breath as a gentle rocking and a soft caress, with no pace to reach and no right
 * way to breathe. Attention drifts and is welcomed back kindly. For anyone for whom the breath is not a calm
 * place, the feet or the sounds around them carry the same steps.
 */
export const affectionateBreathing: GuidedPractice = {
  id: 'affectionate-breathing',
  anchors: ['breath', 'feet', 'sounds'],
  lengths: [
    {
      minutes: 3,
      steps: [
        { id: 'arrive', seconds: 20 },
        { id: 'hand', seconds: 20, touch: 'hand-on-heart' },
        { id: 'find', seconds: 30, anchored: true },
        { id: 'rocking', seconds: 30, anchored: true, pace: { inSeconds: 4, outSeconds: 6 } },
        { id: 'wander', seconds: 25, anchored: true },
        { id: 'caress', seconds: 30, anchored: true },
        { id: 'widen', seconds: 25 },
      ],
    },
    {
      minutes: 5,
      steps: [
        { id: 'arrive', seconds: 25 },
        { id: 'hand', seconds: 25, touch: 'hand-on-heart' },
        { id: 'find', seconds: 35, anchored: true },
        { id: 'rocking', seconds: 40, anchored: true, pace: { inSeconds: 4, outSeconds: 6 } },
        { id: 'wander', seconds: 30, anchored: true },
        { id: 'caress', seconds: 40, anchored: true },
        { id: 'whole', seconds: 40, anchored: true },
        { id: 'letgo', seconds: 35, anchored: true },
        { id: 'widen', seconds: 30 },
      ],
    },
  ],
}
