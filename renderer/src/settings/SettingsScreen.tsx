import { api } from '../api'
import type { ScreenProps } from '../app/screen-props'
import { ScreenHeader } from '../app/ScreenHeader'
import { useText } from '../i18n/use-text'
import { AppearanceSection } from './AppearanceSection'
import { EverydaySection } from './EverydaySection'
import { GuidanceSection } from './GuidanceSection'
import { HotkeyField } from './HotkeyField'
import { JournalDataSection } from './JournalDataSection'
import { LifeFocusSection } from './LifeFocusSection'
import { RestoreDefaults } from './RestoreDefaults'
import { HoldBreaksSection } from './HoldBreaksSection'
import { RhythmSection } from './RhythmSection'
import { ScheduleSection } from './ScheduleSection'
import { useSaveSetting } from './use-save-setting'
import { WorkingHoursEditor } from './WorkingHours'
import './settings.css'

/** Everything a person can change, applied at once and kept across restarts. Nothing is left to a JSON file. */
export function SettingsScreen({ state, go, done }: ScreenProps) {
  const text = useText().settings
  const { settings } = state
  const { status, save } = useSaveSetting()
  const saveQuietly = (patch: Parameters<typeof save>[0]) => void save(patch)
  return (
    <div className="screen settings">
      <ScreenHeader title={text.heading} onBack={done} />
      <p className="lede">{text.intro}</p>
      <ScheduleSection settings={settings} quietPopups={state.desktop.quietPopups} save={saveQuietly} />
      <HoldBreaksSection holdBreaks={settings.holdBreaks} save={saveQuietly} />
      <WorkingHoursEditor
        workingHours={settings.schedule.workingHours}
        save={(workingHours) => saveQuietly({ schedule: { ...settings.schedule, workingHours } })}
      />
      <RhythmSection schedule={settings.schedule} save={saveQuietly} />
      <section aria-labelledby="hotkey-heading" className="card">
        <h2 id="hotkey-heading" className="section-heading">{text.hotkeyHeading}</h2>
        {/* The field says itself whether main could register the keys, so the shared status line stays out of it. */}
        <HotkeyField hotkey={settings.hotkey} status={state.desktop.hotkey} save={(hotkey) => api.updateSettings({ hotkey }).then(() => true, () => false)} />
      </section>
      <EverydaySection settings={settings} save={saveQuietly} />
      <GuidanceSection guidance={settings.guidance} save={saveQuietly} />
      <LifeFocusSection lifeFocus={settings.lifeFocus} save={saveQuietly} />
      <AppearanceSection settings={settings} save={saveQuietly} />
      <JournalDataSection journal={settings.journal} save={(journal) => saveQuietly({ journal })} go={go} />
      <RestoreDefaults />
      <button type="button" className="link-button" onClick={() => go('about')}>
        {text.about}
      </button>
      <p className={status.kind === 'refused' ? 'save-status field-error' : 'save-status'} role="status" aria-live="polite">
        {status.kind === 'saved' ? text.saved : status.kind === 'refused' ? text.notSaved(status.message) : ''}
      </p>
    </div>
  )
}
