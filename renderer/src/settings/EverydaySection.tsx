import { useId } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/contract'
import { useText } from '../i18n/use-text'
import { ToggleSetting } from './ToggleSetting'
import { useSyncedDraft } from './use-synced-draft'

interface Props {
  settings: Settings
  save: (patch: SettingsPatch) => void
}

/** Starting with the computer, the check-in question, and sound. */
export function EverydaySection({ settings, save }: Props) {
  const text = useText().settings
  const { sound } = settings
  return (
    <section aria-labelledby="everyday-heading" className="card">
      <h2 id="everyday-heading" className="section-heading">{text.everydayHeading}</h2>
      <ToggleSetting label={text.startAtLogin} checked={settings.startAtLogin} onChange={(startAtLogin) => save({ startAtLogin })} />
      <ToggleSetting label={text.checkIn} hint={text.checkInHint} checked={settings.checkIn} onChange={(checkIn) => save({ checkIn })} />
      <ToggleSetting label={text.sound} hint={text.soundHint} checked={sound.enabled} onChange={(enabled) => save({ sound: { ...sound, enabled } })} />
      <Volume volume={sound.volume} disabled={!sound.enabled} onChange={(volume) => save({ sound: { ...sound, volume } })} />
    </section>
  )
}

/** A slider shows the value as it moves, and saves once it is let go (not at every step of a drag). */
function Volume({ volume, disabled, onChange }: { volume: number; disabled: boolean; onChange: (volume: number) => void }) {
  const text = useText().settings
  const id = useId()
  const [draft, setDraft] = useSyncedDraft(volume)
  const commit = () => {
    if (draft !== volume) onChange(draft)
  }
  return (
    <div className="field volume">
      <label htmlFor={id}>{text.volume}</label>
      <div className="volume-row">
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={5}
          value={draft}
          disabled={disabled}
          aria-valuetext={text.volumeValue(draft)}
          onChange={(event) => setDraft(Number(event.target.value))}
          onPointerUp={commit}
          onKeyUp={commit}
          onBlur={commit}
        />
        <output htmlFor={id}>{text.volumeValue(draft)}</output>
      </div>
    </div>
  )
}
