import { useEffect, useMemo, useState } from 'react'
import type { Settings } from '../../../electron/contract'
import type { Locale } from '../../../electron/common/locale'
import { calmRate, naturalPitch, pickVoice } from './read-aloud'

export interface ReadAloud {
  /** Says `text`, replacing whatever was being said. */
  speak(text: string): void
  pause(): void
  resume(): void
  stop(): void
  /** False when nothing will be said: read-aloud is off, or this computer has no usable voice for the language. */
  available: boolean
}

const silent: ReadAloud = { speak() {}, pause() {}, resume() {}, stop() {}, available: false }

/** Electron's Chromium has the Web Speech API, its voices from the system; a window without it stays silent. */
const synthesis = (): SpeechSynthesis | undefined => window.speechSynthesis

/**
 * This computer's voices, kept current: engines often have none at the first ask and announce them later
 * with `voiceschanged`, and voices can be installed while the window is open. Empty while `listening` is
 * false, so the speech engine is never woken for someone who has not turned read-aloud on.
 */
export function useVoices(listening: boolean): readonly SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>([])
  useEffect(() => {
    const speech = synthesis()
    if (!listening || !speech) return
    const update = () => setVoices(speech.getVoices())
    update()
    speech.addEventListener('voiceschanged', update)
    return () => speech.removeEventListener('voiceschanged', update)
  }, [listening])
  return listening ? voices : []
}

/**
 * Reads guidance aloud as Settings say: with the chosen voice while it is usable (see read-aloud.ts: only
 * voices on this computer, in the window's language), slowly. When read-aloud is off or no voice fits,
 * every method does nothing and the practice stays silent. What was being said stops when the voice
 * changes, read-aloud is turned off, or the component goes away.
 */
export function useReadAloud(guidance: Settings['guidance'], locale: Locale): ReadAloud {
  const voice = pickVoice(useVoices(guidance.readAloud), locale, guidance.voice)
  const reader = useMemo((): ReadAloud => {
    const speech = synthesis()
    if (!speech || !voice) return silent
    return {
      available: true,
      speak(text) {
        speech.cancel()
        // A paused engine stays paused through cancel() and would hold the new words back.
        if (speech.paused) speech.resume()
        const utterance = new SpeechSynthesisUtterance(text)
        utterance.voice = voice
        utterance.lang = voice.lang || locale
        utterance.rate = calmRate
        utterance.pitch = naturalPitch
        speech.speak(utterance)
      },
      // Some engines (speech-dispatcher on Linux among them) cannot pause mid-sentence: pause() then does
      // nothing and the sentence ends, or resume() does not pick it up again. The step's words stay on
      // screen either way, and the next step speaks afresh.
      pause: () => speech.pause(),
      resume: () => speech.resume(),
      stop: () => speech.cancel(),
    }
  }, [voice, locale])
  useEffect(() => reader.stop, [reader])
  return reader
}
