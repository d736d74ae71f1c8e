import type { GuidedPractice } from './types'

/**
 * Soles of the feet: the feet's contact with the floor as the anchor, for anyone for whom the breath is not
 * a calm place, and a steady one when feelings run high. Standing if possible, sitting works as well.
 */
export const solesOfTheFeet: GuidedPractice = {
  id: 'soles-of-the-feet',
  lengths: [
    {
      minutes: 3,
      steps: [
        { id: 'arrive', seconds: 20 },
        { id: 'soles', seconds: 30 },
        { id: 'rock', seconds: 30 },
        { id: 'toes', seconds: 30 },
        { id: 'wander', seconds: 25 },
        { id: 'thanks', seconds: 25 },
        { id: 'widen', seconds: 20 },
      ],
    },
  ],
}
