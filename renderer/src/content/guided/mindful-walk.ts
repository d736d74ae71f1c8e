import type { GuidedPractice } from './types'

/**
 * Mindful walk: a break away from the screen. A moment standing and feeling the feet, then the walk itself
 * (the screen waits, and after its time waits for "I am back"), then a welcome back and a short closing.
 */
export const mindfulWalk: GuidedPractice = {
  id: 'mindful-walk',
  lengths: [
    {
      minutes: 5,
      steps: [
        { id: 'stand', seconds: 20 },
        { id: 'feet', seconds: 25 },
        { id: 'walk', seconds: 220, away: true },
        { id: 'welcome', seconds: 20 },
        { id: 'close', seconds: 15 },
      ],
    },
    {
      minutes: 10,
      steps: [
        { id: 'stand', seconds: 20 },
        { id: 'feet', seconds: 25 },
        { id: 'walk', seconds: 510, away: true },
        { id: 'welcome', seconds: 25 },
        { id: 'close', seconds: 20 },
      ],
    },
  ],
}
