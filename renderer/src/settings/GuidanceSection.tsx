import { useId, useMemo } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/contract'
import { useLocale, useText } from '../i18n/use-text'
import { usableVoices } from '../player/read-aloud'
import { useReadAloud, useVoices } from '../player/use-read-aloud'
import { ToggleSetting } from './ToggleSetting'
import { useSyncedDraft } from './use-synced-draft'

type Guidance = Settings['guidance']

interface Props {
  guidance: Guidance
  save: (patch: SettingsPatch) => void
}

/** The guided practices' bell, and whether (and in which of this computer's voices) their steps are read aloud. */
export function GuidanceSection({ guidance, save }: Props) {
  const text = useText().guidance
  const change = (part: Partial<Guidance>) => save({ guidance: { ...guidance, ...part } })
  return (
    <section aria-labelledby="guidance-heading" className="card">
      <h2 id="guidance-heading" className="section-heading">{text.heading}</h2>
      <ToggleSetting label={text.bell} checked={guidance.bell} onChange={(bell) => change({ bell })} />
      <ToggleSetting label={text.readAloud} hint={text.readAloudHint} checked={guidance.readAloud} onChange={(readAloud) => change({ readAloud })} />
      {guidance.readAloud && <VoiceChoice guidance={guidance} onChange={(voice) => change({ voice })} />}
    </section>
  )
}

/**
 * The voices this computer has for the window's language, and a sample to hear one. Only voices on this
 * computer are listed (read-aloud.ts says why); where there is none, a plain sentence says so instead.
 */
function VoiceChoice({ guidance, onChange }: { guidance: Guidance; onChange: (voice: string | null) => void }) {
  const text = useText().guidance
  const locale = useLocale()
  const id = useId()
  const all = useVoices(true)
  const voices = useMemo(() => usableVoices(all, locale), [all, locale])
  // '' is the system's voice; shown at once, main's answer follows through the state push.
  const [draft, setDraft] = useSyncedDraft(guidance.voice ?? '')
  // A chosen voice that is gone, or is for another language, is not the one that reads: the usual voice is.
  const shown = voices.some((voice) => voice.voiceURI === draft) ? draft : ''
  // The sample speaks with the voice shown, even before main has answered.
  const reader = useReadAloud({ ...guidance, voice: shown || null }, locale)
  if (voices.length === 0) return <p className="hint field">{text.noVoice}</p>
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{text.voice}</label>
        <select
          id={id}
          value={shown}
          onChange={(event) => {
            setDraft(event.target.value)
            onChange(event.target.value || null)
          }}
        >
          <option value="">{text.systemVoice}</option>
          {voices.map((voice) => (
            // A voice's name is its own and is never translated.
            <option key={voice.voiceURI} value={voice.voiceURI} translate="no">
              {`${voice.name} (${voice.lang})`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <button type="button" className="button" onClick={() => reader.speak(text.sample)}>
          {text.tryVoice}
        </button>
      </div>
    </>
  )
}
