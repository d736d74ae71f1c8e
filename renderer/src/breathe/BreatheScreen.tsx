import { useEffect, useRef, useState } from 'react'
import { api } from '../api'
import type { ScreenProps } from '../app/screen-props'
import { sessionLengthMs } from '../content/breathing'
import { useSaveSetting } from '../settings/use-save-setting'
import { BreathingClosing } from './BreathingClosing'
import { BreathingPicker } from './BreathingPicker'
import { BreathingSession } from './BreathingSession'
import { choiceFromPreferences, patternOfChoice, preferencesFromChoice, type BreathingChoice } from './preferences'
import { useReducedMotion } from '../app/use-reduced-motion'
import { useTones } from './use-tones'
import './breathe.css'

type Stage =
  | { readonly kind: 'choosing' }
  | { readonly kind: 'breathing'; readonly startedAtMs: number }
  | { readonly kind: 'closing'; readonly paced: boolean; readonly breaths: number }

/**
 * The breathing guide: choose a pattern, breathe with it, and a quiet closing. The live region lives
 * here, above the three stages, so it is already in the page when the first phase is announced
 * (screen readers ignore a live region that appears together with its text).
 */
export function BreatheScreen({ state, done }: ScreenProps) {
  const { settings } = state
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' })
  const [choice, setChoice] = useState<BreathingChoice>(() => choiceFromPreferences(settings.breathing))
  const [announcement, setAnnouncement] = useState('')
  const reducedMotion = useReducedMotion(settings.motion)
  const tones = useTones(settings.sound)
  const { status, save } = useSaveSetting()
  const viewRef = useRef<HTMLDivElement>(null)
  const shownStage = useRef(stage.kind)

  // When the stage changes (but not on arrival: the app has already focused the screen), focus moves to
  // the new view so keyboard and screen-reader users continue from its top. A session focuses its own Pause.
  useEffect(() => {
    if (shownStage.current === stage.kind) return
    shownStage.current = stage.kind
    if (stage.kind !== 'breathing') viewRef.current?.focus()
  }, [stage.kind])

  const start = (chosen: BreathingChoice) => {
    const startedAtMs = performance.now()
    tones.prepare()
    setChoice(chosen)
    setStage({ kind: 'breathing', startedAtMs })
    void save({ breathing: preferencesFromChoice(chosen) })
  }

  const end = (breaths: number) => {
    setAnnouncement('')
    setStage({ kind: 'closing', paced: patternOfChoice(choice).phases.length > 0, breaths })
  }

  return (
    <div className="breathe">
      {/* Heard, not seen: the visible phase words are drawn under the shape. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div ref={viewRef} tabIndex={-1} className="breathe-view">
        {stage.kind === 'choosing' && (
          <BreathingPicker
            initial={choice}
            sound={settings.sound}
            saveStatus={status}
            onSoundChange={(enabled) => void save({ sound: { ...settings.sound, enabled } })}
            onStart={start}
            onBack={done}
          />
        )}
        {stage.kind === 'breathing' && (
          <BreathingSession
            pattern={patternOfChoice(choice)}
            startedAtMs={stage.startedAtMs}
            lengthMs={sessionLengthMs(choice.length)}
            givingAndReceiving={choice.givingAndReceiving}
            handOnHeart={choice.handOnHeart}
            reducedMotion={reducedMotion}
            tones={tones}
            announce={setAnnouncement}
            onEnd={end}
            onLeave={done}
          />
        )}
        {stage.kind === 'closing' && (
          <BreathingClosing
            paced={stage.paced}
            breaths={stage.breaths}
            onAgain={() => setStage({ kind: 'choosing' })}
            onHome={done}
            onClose={() => {
              // Next time the window opens it starts fresh rather than on this goodbye.
              done()
              void api.hideWindow()
            }}
          />
        )}
      </div>
    </div>
  )
}
