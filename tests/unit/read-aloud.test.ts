import { describe, expect, it } from 'vitest'
import { pickVoice, stepSpeech, usableVoices, type VoiceLike } from '../../renderer/src/player/read-aloud'

const voice = (name: string, lang: string, { local = true, isDefault = false } = {}): VoiceLike => ({
  name,
  lang,
  localService: local,
  default: isDefault,
  voiceURI: `uri:${name}`,
})

const names = (voices: readonly VoiceLike[]) => voices.map((voice) => voice.name)

describe('usableVoices', () => {
  it('keeps only voices on this computer: a remote voice would send the words over the network', () => {
    const voices = [voice('Remote Samantha', 'en-US', { local: false, isDefault: true }), voice('Alex', 'en-US')]
    expect(names(usableVoices(voices, 'en'))).toEqual(['Alex'])
  })

  it('matches the language in every spelling engines use, and nothing that only starts with its letters', () => {
    const voices = [voice('A', 'en'), voice('B', 'en-GB'), voice('C', 'en_US'), voice('D', 'EN-au'), voice('E', 'eng'), voice('F', 'es-ES')]
    expect(names(usableVoices(voices, 'en'))).toEqual(['A', 'B', 'C', 'D'])
  })

  it('finds Spanish voices from Spain and Latin America alike', () => {
    const voices = [voice('Mónica', 'es-ES'), voice('Paulina', 'es-419'), voice('Jorge', 'es_MX'), voice('Daniel', 'en-GB')]
    expect(names(usableVoices(voices, 'es'))).toEqual(['Jorge', 'Mónica', 'Paulina'])
  })

  it('puts the system default first, then sorts by name', () => {
    const voices = [voice('Zoe', 'en-US'), voice('Moira', 'en-IE', { isDefault: true }), voice('Alex', 'en-US')]
    expect(names(usableVoices(voices, 'en'))).toEqual(['Moira', 'Alex', 'Zoe'])
  })

  it('leaves the list it was given as it was', () => {
    const voices = [voice('Zoe', 'en-US'), voice('Alex', 'en-US')]
    usableVoices(voices, 'en')
    expect(names(voices)).toEqual(['Zoe', 'Alex'])
  })
})

describe('pickVoice', () => {
  const voices = [
    voice('Remote', 'en-US', { local: false }),
    voice('Zoe', 'en-US'),
    voice('Moira', 'en-IE', { isDefault: true }),
    voice('Alex', 'en-US'),
    voice('Mónica', 'es-ES'),
  ]

  it('honours the chosen voice while it is usable', () => {
    expect(pickVoice(voices, 'en', 'uri:Zoe')?.name).toBe('Zoe')
  })

  it('falls back to the default when the chosen voice is remote, for another language, or gone', () => {
    expect(pickVoice(voices, 'en', 'uri:Remote')?.name).toBe('Moira')
    expect(pickVoice(voices, 'en', 'uri:Mónica')?.name).toBe('Moira')
    expect(pickVoice(voices, 'en', 'uri:Uninstalled')?.name).toBe('Moira')
    expect(pickVoice(voices, 'en', null)?.name).toBe('Moira')
  })

  it('takes the first usable voice by name when none of them is the default', () => {
    expect(pickVoice([voice('Zoe', 'en-US'), voice('Alex', 'en-GB'), voice('Default', 'fr-FR', { isDefault: true })], 'en', null)?.name).toBe('Alex')
  })

  it('gives none when nothing can read this language here', () => {
    expect(pickVoice([voice('Remote', 'es-ES', { local: false }), voice('Alex', 'en-US')], 'es', 'uri:Remote')).toBeNull()
    expect(pickVoice([], 'en', null)).toBeNull()
  })
})

describe('stepSpeech', () => {
  it('says the title, then each line, each ending as a sentence so the voice pauses between them', () => {
    expect(stepSpeech('Arriving', ['Let your arms hang loose.', 'There is nowhere else to be'])).toBe(
      'Arriving.\nLet your arms hang loose.\nThere is nowhere else to be.',
    )
  })

  it('keeps the punctuation a piece already ends with, and leaves out empty pieces', () => {
    expect(stepSpeech('¿Qué notas?', ['  Respira…  ', '', '¡Bien!'])).toBe('¿Qué notas?\nRespira…\n¡Bien!')
  })
})
