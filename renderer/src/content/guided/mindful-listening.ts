import type { GuidedPractice } from './types'

/**
 * Mindful listening: sounds arriving and fading on their own, near and far, heard without the stories the
 * mind adds, and the quiet between them. Works in a noisy place as well as a calm one.
 */
export const mindfulListening: GuidedPractice = {
  id: 'mindful-listening',
  lengths: [
    {
      minutes: 3,
      steps: [
        { id: 'settle', seconds: 20 },
        { id: 'arriving', seconds: 30 },
        { id: 'near', seconds: 25 },
        { id: 'far', seconds: 25 },
        { id: 'plain', seconds: 30 },
        { id: 'silence', seconds: 30 },
        { id: 'widen', seconds: 20 },
      ],
    },
  ],
}
