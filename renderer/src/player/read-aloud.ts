import type { Locale } from '../../../electron/common/locale'

/**
 * Reading a guided practice aloud with the Web Speech API: which of this computer's voices may read, and
 * what they say. Only voices the engine runs on this computer (`localService`) are ever used: a remote voice
 * would send each step's words over the network, and Kindbreak sends nothing anywhere. Nothing is fetched
 * here or by the voices picked.
 */

/** What this needs of a SpeechSynthesisVoice, so tests can hand in plain objects. */
export type VoiceLike = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService' | 'default' | 'voiceURI'>

/**
 * A little slower than the engines' usual pace (1): guidance is followed as it is heard, and a rushed voice
 * works against the calm the practice is after.
 */
export const calmRate = 0.9
/** The voice's own pitch: raised or lowered, voices sound put on rather than calmer. */
export const naturalPitch = 1

/** The language part of a BCP-47 tag, in either spelling engines use: 'en', 'en-GB', 'en_US', 'es-419'. */
const languageOf = (lang: string) => lang.toLowerCase().split(/[-_]/)[0]

/**
 * The voices that may read in this language: on this computer and speaking it, the system's default first
 * (it is the one people chose or are used to), then by name.
 */
export function usableVoices<V extends VoiceLike>(voices: readonly V[], locale: Locale): V[] {
  return voices
    .filter((voice) => voice.localService && languageOf(voice.lang) === locale)
    .sort((a, b) => Number(b.default) - Number(a.default) || a.name.localeCompare(b.name, locale))
}

/**
 * The voice to read with: the one chosen in Settings while it is still usable (a voice can be removed, or
 * be for another language once the language changes), else the usable default, else the first usable, else
 * none. The sort puts the default first, so both fallbacks are the list's head.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], locale: Locale, chosenURI: string | null): V | null {
  const usable = usableVoices(voices, locale)
  return usable.find((voice) => voice.voiceURI === chosenURI) ?? usable[0] ?? null
}

/** Ends a piece as a sentence, since engines pause at a sentence's end and may run an unmarked title into the next line. */
const asSentence = (piece: string) => (/[.!?…:;]$/.test(piece) ? piece : `${piece}.`)

/** What a step says: its title, then each line, with a pause between them as a guide would leave. */
export function stepSpeech(title: string, lines: readonly string[]): string {
  return [title, ...lines]
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
    .map(asSentence)
    .join('\n')
}
