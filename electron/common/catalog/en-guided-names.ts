import type { GuidedNames } from './guided-words'

/**
 * English: how the library and the path name each guided practice, with one line on it. In the window's
 * main catalog; the practices' own words (intro, steps, closing) load only when one is opened.
 */
export const enGuidedNames: GuidedNames = {
  'affectionate-breathing': {
    name: 'Affectionate breathing',
    summary: 'Let the breath rock and soothe you, and come back to it kindly when you drift. Your feet or the sounds around you can be the anchor instead.',
  },
  'soles-of-the-feet': {
    name: 'Soles of the feet',
    summary: 'Rest your attention on your feet and the floor beneath them. A steady anchor that is not the breath.',
  },
  'body-scan': {
    name: 'Body scan',
    summary: 'Move slowly through your body from the feet to the head, appreciating what works, softening what is tense, and meeting discomfort kindly.',
  },
  'mindful-listening': {
    name: 'Mindful listening',
    summary: 'Let sounds arrive and fade, near and far, without a story about them, and notice the quiet in between.',
  },
  'mindful-seeing': {
    name: 'Mindful seeing',
    summary: 'Choose one thing near you and look at it closely, as if for the first time: its colours, light, edges and texture.',
  },
  'mindful-walk': {
    name: 'Mindful walk',
    summary: 'Step away from the screen for a slow walk, feeling each step and noticing the air and what is around you.',
  },
  'loving-kindness': {
    name: 'Loving-kindness for yourself',
    summary: 'Offer yourself a few kind wishes, slowly, in time with the breath. Your hands can be the anchor instead.',
  },
  'soften-soothe-allow': {
    name: 'Soften, soothe, allow',
    summary: 'For a hard moment: find where a feeling sits in your body, and meet it with softness, comfort and room.',
  },
  'compassionate-friend': {
    name: 'A compassionate friend',
    summary: 'Imagine a safe place, and a kind, wise presence who tells you what you need to hear.',
  },
  'giving-and-receiving': {
    name: 'Giving and receiving',
    summary: 'Breathe in care for yourself and breathe out care for someone else. Your hands can be the anchor instead.',
  },
}
