import { useId } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/contract'
import { useText } from '../i18n/use-text'
import { ChoiceSetting } from './ChoiceSetting'
import { NumberSetting } from './NumberSetting'
import { ToggleSetting } from './ToggleSetting'
import { useSyncedDraft } from './use-synced-draft'

type Schedule = Settings['schedule']

const practices = ['compassion-break', 'breathe', 'touch', 'reframe', 'choose', 'favourites', 'fits-the-break'] as const satisfies readonly Settings['breakOpens'][]
const deliveries = ['popup', 'notification'] as const
const snoozeCounts = Array.from({ length: 11 }, (_, count) => count)

interface Props {
  settings: Settings
  /** false where a window cannot appear without taking the keyboard (Wayland): breaks come as notifications. */
  quietPopups: boolean
  save: (patch: SettingsPatch) => void
}

/** When breaks come, how long they last, how they arrive, and what they open. */
export function ScheduleSection({ settings, quietPopups, save }: Props) {
  const { settings: text, path: pathText } = useText()
  const { schedule } = settings
  const saveSchedule = (change: Partial<Schedule>) => save({ schedule: { ...schedule, ...change } })
  return (
    <section aria-labelledby="schedule-heading" className="card">
      <h2 id="schedule-heading" className="section-heading">{text.scheduleHeading}</h2>
      <NumberSetting
        label={text.interval}
        hint={text.intervalHint}
        value={schedule.intervalMinutes}
        min={5}
        max={240}
        onValid={(intervalMinutes) => saveSchedule({ intervalMinutes })}
      />
      <NumberSetting
        label={text.breakLength}
        hint={text.breakLengthHint}
        value={schedule.breakLengthMinutes}
        min={1}
        max={15}
        onValid={(breakLengthMinutes) => saveSchedule({ breakLengthMinutes })}
      />
      <NumberSetting
        label={text.headsUp}
        hint={text.headsUpHint}
        value={schedule.headsUpSeconds}
        min={0}
        max={180}
        onValid={(headsUpSeconds) => saveSchedule({ headsUpSeconds })}
      />
      <NumberSetting
        label={text.snooze}
        hint={text.snoozeHint}
        value={schedule.snoozeMinutes}
        min={1}
        max={30}
        onValid={(snoozeMinutes) => saveSchedule({ snoozeMinutes })}
      />
      <SnoozeLimit value={schedule.maxSnoozes} onChange={(maxSnoozes) => saveSchedule({ maxSnoozes })} />
      <ToggleSetting label={text.strict} hint={text.strictHint} checked={schedule.strict} onChange={(strict) => saveSchedule({ strict })} />
      <ToggleSetting
        label={text.naturalBreaks}
        hint={text.naturalBreaksHint}
        checked={schedule.naturalBreaks}
        onChange={(naturalBreaks) => saveSchedule({ naturalBreaks })}
      />
      <ChoiceSetting
        legend={text.breakOpensLegend}
        choices={practices.map((value) => ({ value, label: text.breakOpens[value] }))}
        value={settings.breakOpens}
        onChange={(breakOpens) => save({ breakOpens })}
      />
      {settings.breakOpens === 'favourites' && settings.library.favourites.length === 0 && <p className="hint field">{text.noFavouritesYet}</p>}
      {settings.path.status === 'on' && settings.breakOpens !== 'choose' && <p className="hint field">{pathText.breaksOnPath}</p>}
      {quietPopups ? (
        <ChoiceSetting
          legend={text.deliveryLegend}
          choices={deliveries.map((value) => ({ value, label: text.delivery[value] }))}
          value={settings.delivery}
          onChange={(delivery) => save({ delivery })}
        />
      ) : (
        <p className="hint field">{text.deliveryNotificationsOnly}</p>
      )}
    </section>
  )
}

/** A short list rather than a number field: "as many as you like" is a choice, not a number. */
function SnoozeLimit({ value, onChange }: { value: number | null; onChange: (value: number | null) => void }) {
  const text = useText().settings
  const id = useId()
  const [draft, setDraft] = useSyncedDraft(value === null ? 'unlimited' : String(value))
  return (
    <div className="field">
      <label htmlFor={id}>{text.maxSnoozes}</label>
      <select
        id={id}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value)
          onChange(event.target.value === 'unlimited' ? null : Number(event.target.value))
        }}
      >
        <option value="unlimited">{text.maxSnoozesUnlimited}</option>
        {snoozeCounts.map((count) => (
          <option key={count} value={String(count)}>
            {count === 0 ? text.maxSnoozesNone : count}
          </option>
        ))}
      </select>
    </div>
  )
}
