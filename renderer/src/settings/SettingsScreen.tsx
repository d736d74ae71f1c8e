import { useId, useState } from 'react'
import type { Settings } from '../../../electron/contract'
import { useText } from '../i18n/use-text'
import { ScreenHeader } from '../app/ScreenHeader'
import { NumberSetting } from './NumberSetting'
import { useSaveSetting } from './use-save-setting'

const themes = ['system', 'light', 'dark'] as const

/** Everything a person can change, applied at once and kept across restarts. */
export function SettingsScreen({ settings, onBack }: { settings: Settings; onBack: () => void }) {
  const text = useText().settings
  const { status, save } = useSaveSetting()
  const hotkeyId = useId()
  const [hotkey, setHotkey] = useState(settings.hotkey)
  // Shown at once; main's answer follows (and a refusal is shown below).
  const [theme, setTheme] = useState(settings.theme)
  return (
    <div className="screen settings">
      <ScreenHeader title={text.heading} onBack={onBack} />
      <section aria-labelledby="schedule-heading" className="card">
        <h2 id="schedule-heading" className="section-heading">{text.scheduleHeading}</h2>
        <NumberSetting
          label={text.interval}
          hint={text.intervalHint}
          value={settings.schedule.intervalMinutes}
          min={5}
          max={240}
          onValid={(value) => void save({ schedule: { ...settings.schedule, intervalMinutes: value } })}
        />
        <NumberSetting
          label={text.breakLength}
          hint={text.breakLengthHint}
          value={settings.schedule.breakLengthMinutes}
          min={1}
          max={15}
          onValid={(value) => void save({ schedule: { ...settings.schedule, breakLengthMinutes: value } })}
        />
        <div className="field">
          <label htmlFor={hotkeyId}>{text.hotkey}</label>
          <input
            id={hotkeyId}
            value={hotkey}
            spellCheck={false}
            aria-describedby={`${hotkeyId}-hint`}
            onChange={(event) => setHotkey(event.target.value)}
            onBlur={() => {
              if (hotkey !== settings.hotkey) void save({ hotkey })
            }}
          />
          <p id={`${hotkeyId}-hint`} className="hint">{text.hotkeyHint}</p>
        </div>
      </section>
      <section aria-labelledby="appearance-heading" className="card">
        <h2 id="appearance-heading" className="section-heading">{text.appearanceHeading}</h2>
        <fieldset className="choice-group">
          <legend>{text.theme}</legend>
          {themes.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="theme"
                value={option}
                checked={option === theme}
                onChange={() => {
                  setTheme(option)
                  void save({ theme: option })
                }}
              />
              {text.themes[option]}
            </label>
          ))}
        </fieldset>
      </section>
      <p className={status.kind === 'refused' ? 'field-error' : 'save-status'} role="status" aria-live="polite">
        {status.kind === 'saved' ? text.saved : status.kind === 'refused' ? text.notSaved(status.message) : ''}
      </p>
    </div>
  )
}
