import { useId } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/contract'
import { libraryPracticeIds } from '../../../electron/common/library'
import { useText } from '../i18n/use-text'
import { practiceWords } from '../library/practice-names'
import { NumberSetting } from './NumberSetting'
import { ToggleSetting } from './ToggleSetting'
import { useSyncedDraft } from './use-synced-draft'
import { tidyTime } from './working-hours-draft'

type Schedule = Settings['schedule']
type Opens = Schedule['dailyMoment']['opens']

const timeOfDay = /^(?:[01]\d|2[0-3]):[0-5]\d$/

interface Props {
  schedule: Schedule
  save: (patch: SettingsPatch) => void
}

/** The daily moment and the micro-pauses: both off until the person turns them on. */
export function RhythmSection({ schedule, save }: Props) {
  const text = useText()
  const words = text.settings.rhythm
  const { dailyMoment, microPauses } = schedule
  const saveMoment = (change: Partial<Schedule['dailyMoment']>) => save({ schedule: { ...schedule, dailyMoment: { ...dailyMoment, ...change } } })
  const saveMicro = (change: Partial<Schedule['microPauses']>) => save({ schedule: { ...schedule, microPauses: { ...microPauses, ...change } } })
  const opensChoices: { value: Opens; label: string }[] = [
    ...libraryPracticeIds.map((id) => ({ value: id, label: practiceWords(text, id).name })),
    { value: 'journal', label: words.journal },
  ]
  return (
    <section aria-labelledby="rhythm-heading" className="card">
      <h2 id="rhythm-heading" className="section-heading">{words.heading}</h2>
      <p className="hint field">{words.intro}</p>
      <ToggleSetting label={words.moment} hint={words.momentHint} checked={dailyMoment.enabled} onChange={(enabled) => saveMoment({ enabled })} />
      {dailyMoment.enabled && (
        <>
          <MomentTime value={dailyMoment.time} onValid={(time) => saveMoment({ time })} />
          <OpensSelect value={dailyMoment.opens} choices={opensChoices} onChange={(opens) => saveMoment({ opens })} />
          <ToggleSetting
            label={words.onlyWorkingHours}
            checked={dailyMoment.onlyWorkingHours}
            onChange={(onlyWorkingHours) => saveMoment({ onlyWorkingHours })}
          />
        </>
      )}
      <ToggleSetting label={words.microPauses} hint={words.microPausesHint} checked={microPauses.enabled} onChange={(enabled) => saveMicro({ enabled })} />
      {microPauses.enabled && (
        <NumberSetting
          label={words.every}
          hint={words.everyHint}
          value={microPauses.everyMinutes}
          min={10}
          max={60}
          onValid={(everyMinutes) => saveMicro({ everyMinutes })}
        />
      )}
    </section>
  )
}

/** The moment's time, checked when the person leaves the field or presses Enter. */
function MomentTime({ value, onValid }: { value: string; onValid: (time: string) => void }) {
  const words = useText().settings.rhythm
  const id = useId()
  const [draft, setDraft] = useSyncedDraft(value)
  const valid = timeOfDay.test(tidyTime(draft))
  const commit = () => {
    const tidy = tidyTime(draft)
    setDraft(tidy)
    if (timeOfDay.test(tidy) && tidy !== value) onValid(tidy)
  }
  return (
    <div className="field">
      <label htmlFor={id}>{words.momentTime}</label>
      <input
        id={id}
        className="time-input"
        value={draft}
        inputMode="numeric"
        maxLength={5}
        spellCheck={false}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-problem`}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit()
        }}
      />
      {!valid && <p id={`${id}-problem`} className="field-error" role="alert">{words.timeProblem}</p>}
    </div>
  )
}

function OpensSelect({ value, choices, onChange }: { value: Opens; choices: { value: Opens; label: string }[]; onChange: (opens: Opens) => void }) {
  const words = useText().settings.rhythm
  const id = useId()
  const [draft, setDraft] = useSyncedDraft<string>(value)
  return (
    <div className="field">
      <label htmlFor={id}>{words.momentOpens}</label>
      <select
        id={id}
        value={draft}
        onChange={(event) => {
          const chosen = choices.find((choice) => choice.value === event.target.value)
          if (!chosen) return
          setDraft(chosen.value)
          onChange(chosen.value)
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>{choice.label}</option>
        ))}
      </select>
    </div>
  )
}
