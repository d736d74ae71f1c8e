import { useId, useState, type FormEvent } from 'react'
import type { Settings } from '../../../electron/contract'
import { ScreenHeader } from '../app/ScreenHeader'
import { breathingPatterns, customPattern, sessionLengthChoices, sessionLengthLabel } from '../content/breathing'
import { useLocale, useText } from '../i18n/use-text'
import type { SaveStatus } from '../settings/use-save-setting'
import { checkCustomDurations, clampCustomDurations, customPhaseKinds, type CustomPhaseKind } from './custom-pattern'
import { CustomPatternFields, type CustomTexts } from './CustomPatternFields'
import { patternHasHolds } from './pattern'
import { patternOfChoice, type BreathingChoice } from './preferences'
import { formatSecondsInput, parseSecondsInput } from './seconds-input'

interface BreathingPickerProps {
  readonly initial: BreathingChoice
  readonly sound: Settings['sound']
  readonly saveStatus: SaveStatus
  readonly onSoundChange: (enabled: boolean) => void
  readonly onStart: (choice: BreathingChoice) => void
  readonly onBack: () => void
}

/** Choosing how to breathe: a pattern, a length and a few options, all in one form that Enter starts. */
export function BreathingPicker({ initial, sound, saveStatus, onSoundChange, onStart, onBack }: BreathingPickerProps) {
  const text = useText().breathe
  const words = useText().practices.breathe
  const locale = useLocale()
  const id = useId()
  const [choice, setChoice] = useState(initial)
  const [customTexts, setCustomTexts] = useState<CustomTexts>(() => {
    const entries = customPhaseKinds.map((kind) => [kind, formatSecondsInput(initial.custom[kind], locale)])
    return Object.fromEntries(entries) as CustomTexts
  })
  const [leftFields, setLeftFields] = useState<ReadonlySet<CustomPhaseKind>>(new Set())
  const [triedToStart, setTriedToStart] = useState(false)

  const typed = Object.fromEntries(customPhaseKinds.map((kind) => [kind, parseSecondsInput(customTexts[kind])]))
  const customCheck = checkCustomDurations(typed)
  const problems = customCheck.ok ? {} : customCheck.problems
  const shownProblems = Object.fromEntries(
    Object.entries(problems).filter(([kind]) => triedToStart || leftFields.has(kind as CustomPhaseKind)),
  )
  const isCustom = choice.patternId === 'custom'
  // The notes follow what is typed, even before it is valid, so "holds are optional" appears with the first hold.
  const pattern = isCustom ? customPattern(clampCustomDurations(typed)) : patternOfChoice(choice)
  const paced = pattern.phases.length > 0
  const update = (change: Partial<BreathingChoice>) => setChoice({ ...choice, ...change })

  const start = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!isCustom) return onStart(choice)
    if (customCheck.ok) return onStart({ ...choice, custom: customCheck.durations })
    setTriedToStart(true)
    const firstWrong = customPhaseKinds.find((kind) => problems[kind] !== undefined)
    event.currentTarget.querySelector<HTMLInputElement>(`input[name="custom-${firstWrong}"]`)?.focus()
  }

  return (
    <div className="screen breathe-picker">
      <ScreenHeader title={text.heading} onBack={onBack} />
      <p className="lede">{text.intro}</p>
      <form className="breathe-form" onSubmit={start} noValidate>
        <div className="card">
          <fieldset className="choice-group">
            <legend>{text.patternLegend}</legend>
            {breathingPatterns.map((option) => (
              <label key={option.id} className="breathe-pattern">
                <input
                  type="radio"
                  name="pattern"
                  value={option.id}
                  checked={choice.patternId === option.id}
                  aria-describedby={`${id}-${option.id}`}
                  onChange={() => update({ patternId: option.id })}
                />
                <span className="breathe-pattern-text">
                  <span className="breathe-pattern-name">{words.patterns[option.id].name}</span>
                  <span id={`${id}-${option.id}`} className="breathe-pattern-description" aria-hidden="true">
                    {words.patterns[option.id].description}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        </div>

        {isCustom && (
          <div className="card">
            <CustomPatternFields
              texts={customTexts}
              shownProblems={shownProblems}
              onChange={(kind, value) => setCustomTexts({ ...customTexts, [kind]: value })}
              onLeaveField={(kind) => setLeftFields(new Set([...leftFields, kind]))}
            />
          </div>
        )}

        {paced && (
          <div className="breathe-notes">
            {patternHasHolds(pattern) && <p>{words.optionalHolds}</p>}
            <p>{words.dizziness}</p>
          </div>
        )}

        <div className="card">
          <fieldset className="choice-group">
            <legend>{text.lengthLegend}</legend>
            <div className="breathe-lengths">
              {sessionLengthChoices.map((length) => (
                <label key={length} className="choice breathe-length">
                  <input
                    type="radio"
                    name="length"
                    value={length}
                    checked={choice.length === length}
                    onChange={() => update({ length })}
                  />
                  {sessionLengthLabel(length, words.lengths)}
                </label>
              ))}
            </div>
          </fieldset>
        </div>

        <div className="card">
          <fieldset className="choice-group">
            <legend>{text.optionsLegend}</legend>
            {paced ? (
              <label className="choice">
                <input
                  type="checkbox"
                  checked={choice.givingAndReceiving}
                  onChange={(event) => update({ givingAndReceiving: event.target.checked })}
                />
                {words.givingAndReceivingOption}
              </label>
            ) : (
              <label className="choice">
                <input
                  type="checkbox"
                  checked={choice.handOnHeart}
                  onChange={(event) => update({ handOnHeart: event.target.checked })}
                />
                {text.handOnHeartOption}
              </label>
            )}
            <label className="choice">
              <input
                type="checkbox"
                checked={sound.enabled}
                aria-describedby={`${id}-tones`}
                onChange={(event) => onSoundChange(event.target.checked)}
              />
              {text.tonesOption}
            </label>
            <p id={`${id}-tones`} className="hint breathe-option-hint">{text.tonesHint}</p>
            {saveStatus.kind === 'refused' && (
              <p className="field-error" role="alert">{text.notSaved(saveStatus.message)}</p>
            )}
          </fieldset>
        </div>

        <div className="breathe-start-bar">
          {triedToStart && isCustom && !customCheck.ok && (
            <p className="field-error" role="alert">{text.customInvalid}</p>
          )}
          <button type="submit" className="button button-primary breathe-start">{text.start}</button>
        </div>
      </form>
    </div>
  )
}
