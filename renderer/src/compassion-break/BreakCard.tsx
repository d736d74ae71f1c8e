import { useId } from 'react'
import { weaveDifficulty, type BreakStep, type KindnessStep } from '../content/compassion-break'
import type { TouchCue } from '../content/touch'
import { useText } from '../i18n/use-text'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import { CardProgress } from '../touch/CardProgress'
import { TouchIllustration } from '../touch/TouchIllustration'

interface BreakCardProps {
  step: BreakStep | KindnessStep
  position: { at: number; total: number }
  difficulty: string
  phrase: string | undefined
  /** Shown when there is more than one phrase to choose from. */
  onAnotherPhrase: (() => void) | undefined
  /** The touch cue offered on the kindness card. */
  touchCue: TouchCue | undefined
  fraction: number
  onFindPhrases: () => void
}

function isKindness(step: BreakStep | KindnessStep): step is KindnessStep {
  return step.id === 'kindness'
}

/** One step of the break: what to do, the person's word woven in, and words they might use. */
export function BreakCard({ step, position, difficulty, phrase, onAnotherPhrase, touchCue, fraction, onFindPhrases }: BreakCardProps) {
  const text = useText().compassionBreak
  const words = useText().practices
  const stepWords = words.compassionBreak.steps[step.id]
  const touchWords = touchCue && words.touch.cues[touchCue.id]
  const headingId = useId()
  // Focus starts here when the cards appear (or reappear after the phrase editor); later steps are announced.
  const heading = useFocusOnMount<HTMLHeadingElement>()
  return (
    <section className="card break-card" aria-labelledby={headingId}>
      {/* Read out when the step changes, so the new step is heard without moving focus. */}
      <div aria-live="polite" className="break-card-title">
        <p className="practice-position">{text.position(position.at, position.total)}</p>
        <h2 id={headingId} ref={heading} tabIndex={-1}>{stepWords.title}</h2>
      </div>
      {stepWords.guidance.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="break-difficulty">{weaveDifficulty(stepWords.difficultyLine, difficulty)}</p>
      {isKindness(step) && touchCue && touchWords && (
        <figure className="break-touch">
          <TouchIllustration cue={touchCue} className="break-touch-illustration" />
          <figcaption>
            <span className="break-touch-label">{text.touchLabel}: {touchWords.label}</span>
            <span>{touchWords.instruction}</span>
          </figcaption>
        </figure>
      )}
      {phrase !== undefined && (
        <figure className="break-phrase">
          <figcaption className="practice-position">{text.phraseLabel}</figcaption>
          <blockquote>{phrase}</blockquote>
          {onAnotherPhrase && (
            <button type="button" className="link-button" onClick={onAnotherPhrase}>{text.anotherPhrase}</button>
          )}
        </figure>
      )}
      {isKindness(step) && (
        <div className="break-stuck">
          <p>{words.compassionBreak.needPrompt}</p>
          <button type="button" className="link-button" onClick={onFindPhrases}>{text.findPhrases}</button>
        </div>
      )}
      <CardProgress fraction={fraction} label={text.timeLabel} />
    </section>
  )
}
