import { useEffect, useId, useRef, useState } from 'react'
import type { Settings } from '../../../electron/contract'
import type { Anchor, GuidedPracticeWords } from '../../../electron/common/catalog/guided-words'
import type { GuidedStep } from '../content/guided/types'
import { useLocale, useText } from '../i18n/use-text'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import { CardProgress } from '../touch/CardProgress'
import { stepSpeech } from './read-aloud'
import { StepContent, stepLines } from './StepContent'
import { waitsForPerson } from './progress'
import { usePlayer } from './use-player'
import { useReadAloud } from './use-read-aloud'
import { useSpaceToPause } from './use-space-to-pause'

interface GuidedSessionProps {
  words: GuidedPracticeWords
  steps: readonly GuidedStep[]
  anchor: Anchor | null
  settings: Settings
  /** Held still from outside (the "Feeling overwhelmed?" help). */
  paused: boolean
  onFinish: () => void
}

/**
 * The steps of a guided practice, one at a time: each announced as it begins (a polite live region, and
 * read aloud when the person chose that), paused and resumed with Space or the button, moved on by the
 * person wherever a step waits for them.
 */
export function GuidedSession({ words, steps, anchor, settings, paused, onFinish }: GuidedSessionProps) {
  const text = useText()
  const headingId = useId()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const [held, setHeld] = useState(false)
  const [answers, setAnswers] = useState<Record<number, string>>({})
  const stopped = paused || held
  const player = usePlayer(steps, stopped, onFinish)
  const voice = useReadAloud(settings.guidance, useLocale())
  useSpaceToPause(() => setHeld((now) => !now))

  const { at } = player.progress
  const step = steps[at]
  const stepWords = step && words.steps[step.id]
  const lines = step && stepWords ? stepLines(step, stepWords, anchor) : []

  // Each step is read aloud as it begins (and again if a voice arrives mid-step); the voice pauses with the player.
  useEffect(() => {
    if (stepWords) voice.speak(stepSpeech(stepWords.title, lines))
    // Spoken once per step: the lines are the step's own, so the step's index (and the voice) name them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [at, voice])
  // Only a change of pause reaches the voice: a voice arriving mid-step speaks, it is not "resumed".
  const wasStopped = useRef(stopped)
  useEffect(() => {
    if (wasStopped.current === stopped) return
    wasStopped.current = stopped
    if (stopped) voice.pause()
    else voice.resume()
  }, [stopped, voice])

  if (!step || !stepWords) return null
  const isLast = at === steps.length - 1
  const waits = waitsForPerson(step)
  const nextLabel = step.away ? text.player.back : isLast ? text.player.finish : waits ? text.player.ready : text.player.next
  return (
    <>
      <section className="card guided-step" aria-labelledby={headingId}>
        {/* Read out as each step begins, so the new step is heard without moving focus. */}
        <div aria-live="polite" className="guided-step-words">
          <p className="practice-position">{text.player.position(at + 1, steps.length)}</p>
          <h2 id={headingId} ref={heading} tabIndex={-1}>{stepWords.title}</h2>
          {lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <StepContent
          key={at}
          step={step}
          words={stepWords}
          anchor={anchor}
          settings={settings}
          paused={stopped}
          answer={answers[at] ?? ''}
          onAnswer={(value) => setAnswers((earlier) => ({ ...earlier, [at]: value }))}
        />
        {step.seconds !== null && <CardProgress fraction={player.fraction} label={text.player.stepTime} />}
      </section>
      <p className="hint" role="status">{stopped ? text.player.paused : ''}</p>
      <div className="practice-actions practice-nav">
        <button type="button" className="button" aria-pressed={held} onClick={() => setHeld(!held)}>
          {held ? text.player.resume : text.player.pause}
        </button>
        <button type="button" className={waits ? 'button button-primary' : 'button'} onClick={player.moveOn}>
          {nextLabel}
        </button>
      </div>
      <p className="hint">{text.player.keys}</p>
    </>
  )
}
