import type { GuidedPractice } from './types'

/**
 * Mindful seeing: one ordinary thing nearby, looked at closely as if for the first time (its colour, light,
 * edges and texture). Choosing it waits for the person; the looking is timed.
 */
export const mindfulSeeing: GuidedPractice = {
  id: 'mindful-seeing',
  lengths: [
    {
      minutes: 3,
      steps: [
        { id: 'arrive', seconds: 20 },
        { id: 'choose', seconds: null },
        { id: 'first', seconds: 35 },
        { id: 'colour', seconds: 25 },
        { id: 'light', seconds: 25 },
        { id: 'edges', seconds: 25 },
        { id: 'texture', seconds: 25 },
        { id: 'wider', seconds: 25 },
      ],
    },
  ],
}
