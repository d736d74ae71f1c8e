import type { Locale, Text } from './locale'

/**
 * The kind phrases we offer for each step of the self-compassion break, in every language. Both processes
 * read them: the window shows them, and main starts a person's own lists from them (electron/core/phrases.ts
 * checks every change), so the window never has to send them along.
 */
export const phraseSteps = ['mindfulness', 'humanity', 'kindness'] as const
export type PhraseStep = (typeof phraseSteps)[number]

/** A person's lists, one per step: plain strings in their language. */
export type PhraseBank = Record<PhraseStep, string[]>

export const defaultPhrases: Record<PhraseStep, readonly Text[]> = {
  mindfulness: [
    { en: 'This is hard right now.', es: 'Esto es difícil ahora mismo.' },
    { en: 'This is stress, and I can notice it.', es: 'Esto es estrés, y puedo notarlo.' },
    { en: 'Ouch. This hurts.', es: 'Uf. Esto duele.' },
    { en: 'Something difficult is here.', es: 'Hay algo difícil aquí.' },
    { en: 'I can name this feeling without fighting it.', es: 'Puedo nombrar lo que siento sin pelearme con ello.' },
  ],
  humanity: [
    { en: 'Other people feel this too.', es: 'Otras personas también sienten esto.' },
    { en: "I'm not the only one who finds this hard.", es: 'No soy la única persona a quien esto le cuesta.' },
    { en: 'Everyone has days like this.', es: 'Todo el mundo tiene días así.' },
    { en: 'Hard moments are part of being human.', es: 'Los momentos difíciles son parte de ser humano.' },
    { en: 'Somewhere, someone feels just like this right now.', es: 'En algún lugar, alguien se siente igual ahora mismo.' },
  ],
  kindness: [
    { en: 'May I be gentle with myself right now.', es: 'Que pueda tratarme con suavidad ahora mismo.' },
    {
      en: "May I give myself the patience I'd give a friend.",
      es: 'Que me dé la paciencia que le daría a una persona querida.',
    },
    { en: "I'm doing the best I can.", es: 'Estoy haciendo lo mejor que puedo.' },
    { en: 'May I feel safe and at ease.', es: 'Que me sienta a salvo y en calma.' },
    { en: "It's okay to take a moment for myself.", es: 'Está bien tomarme un momento para mí.' },
  ],
}

/** The defaults as the person's editable lists, in their language. */
export function defaultPhraseBank(locale: Locale): PhraseBank {
  return {
    mindfulness: defaultPhrases.mindfulness.map((text) => text[locale]),
    humanity: defaultPhrases.humanity.map((text) => text[locale]),
    kindness: defaultPhrases.kindness.map((text) => text[locale]),
  }
}
