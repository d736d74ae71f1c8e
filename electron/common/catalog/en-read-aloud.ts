/** English: the guided practices' bell and voice, in Settings. */
export const enReadAloud = {
  guidance: {
    heading: 'Guided practices',
    bell: 'A soft bell at the start and end of a guided practice',
    readAloud: 'Read each step aloud',
    readAloudHint: 'In one of this computer’s own voices. The words never leave this computer.',
    voice: 'Voice',
    systemVoice: 'This computer’s usual voice',
    tryVoice: 'Try this voice',
    /** Spoken by "Try this voice": short, and in the tone of the practices. */
    sample: 'This is how the guidance will sound. There is no hurry.',
    /** The voices listed are always for the window's language, so the sentence names it. */
    noVoice: 'This computer has no voice for English, so guided practices stay silent. Voices can be added in your system’s settings.',
  },
}

export type ReadAloudWords = typeof enReadAloud
