// A recording stand-in for the Web Speech API's speechSynthesis, for tests of what the app reads aloud.
// Headless Chromium has no voices, and a real one would make sound; this fake has the voices a test gives and
// remembers every call instead of speaking. Install it before the app's scripts run:
//
//   launchApp({ initScripts: [fakeSpeechScript({ voices: [localVoice('Alex', 'en-US')] })] })
//   …
//   const calls = await speechCalls(page)   // [{ call: 'speak', text, lang, voice: 'Alex', rate, pitch }, { call: 'cancel' }, …]
//
// As in Chromium, getVoices() is empty at first and the voices arrive just after, with a `voiceschanged`
// event, so an app that does not listen for it finds none. An utterance never ends by itself: `speaking`
// stays true until cancel(), and no utterance events fire.

/** A voice the system's engine runs on this computer. */
export const localVoice = (name, lang, { isDefault = false } = {}) => ({ name, lang, localService: true, default: isDefault, voiceURI: `fake:${name}` })

/** A voice served over the network (as Chrome's "Google …" voices are): an app that keeps words private never uses it. */
export const remoteVoice = (name, lang) => ({ ...localVoice(name, lang), localService: false })

/** The script for launchApp's `initScripts`: replaces speechSynthesis and SpeechSynthesisUtterance in every page. */
export function fakeSpeechScript({ voices = [] } = {}) {
  return `(() => {
    const voices = ${JSON.stringify(voices)}.map((voice) => Object.freeze(voice))
    const calls = []

    // The real utterance refuses a voice that is not a real SpeechSynthesisVoice, so it is replaced too.
    class Utterance extends EventTarget {
      constructor(text = '') {
        super()
        Object.assign(this, { text: String(text), lang: '', voice: null, rate: 1, pitch: 1 })
      }
    }

    class Synthesis extends EventTarget {
      speaking = false
      paused = false
      onvoiceschanged = null
      #arrived = false
      getVoices() {
        if (!this.#arrived) {
          this.#arrived = true
          queueMicrotask(() => {
            const event = new Event('voiceschanged')
            this.dispatchEvent(event)
            this.onvoiceschanged?.(event)
          })
          return []
        }
        return [...voices]
      }
      speak(utterance) {
        calls.push({ call: 'speak', text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null, rate: utterance.rate, pitch: utterance.pitch })
        this.speaking = true
      }
      cancel() { calls.push({ call: 'cancel' }); this.speaking = false }
      pause() { calls.push({ call: 'pause' }); this.paused = true }
      resume() { calls.push({ call: 'resume' }); this.paused = false }
    }

    Object.defineProperty(window, 'speechSynthesis', { value: new Synthesis(), configurable: true, enumerable: true })
    window.SpeechSynthesisUtterance = Utterance
    Object.defineProperty(window, '__speech', { value: { calls } })
  })()`
}

/** Every call the page's app made on speechSynthesis so far, in order. */
export const speechCalls = (page) => page.evaluate(() => window.__speech.calls)
