import { useId } from 'react'
import type { Settings } from '../../../electron/contract'
import type { Anchor, GuidedStepWords } from '../../../electron/common/catalog/guided-words'
import type { GuidedStep } from '../content/guided/types'
import { touchCues } from '../content/touch'
import { useText } from '../i18n/use-text'
import { useOfferedPhrases } from '../phrases/use-phrase-bank'
import { TouchIllustration } from '../touch/TouchIllustration'
import { PaceShape } from './PaceShape'

/** A step's lines for the anchor chosen: the breath's own, or those written for the other anchor. */
export function stepLines(step: GuidedStep, words: GuidedStepWords, anchor: Anchor | null): readonly string[] {
  if (!step.anchored || anchor === null || anchor === 'breath') return words.lines
  return words.anchored?.[anchor] ?? words.lines
}

interface StepContentProps {
  step: GuidedStep
  words: GuidedStepWords
  anchor: Anchor | null
  settings: Settings
  paused: boolean
  answer: string
  onAnswer: (value: string) => void
}

/** How long a short answer may be: a few words for this moment; the journal is the place for more. */
const answerMaxLength = 200

/** What a step shows besides its words: a touch cue, a breath's shape, the person's wishes, a short answer. */
export function StepContent({ step, words, anchor, settings, paused, answer, onAnswer }: StepContentProps) {
  const text = useText()
  const answerId = useId()
  const noteId = useId()
  const cue = step.touch && touchCues.find((candidate) => candidate.id === step.touch)
  return (
    <>
      {step.pace && anchor === 'breath' && <PaceShape pace={step.pace} paused={paused} motion={settings.motion} />}
      {cue && (
        <figure className="guided-touch">
          <TouchIllustration cue={cue} className="guided-touch-illustration" />
          <figcaption>
            <span className="guided-touch-label">{text.practices.touch.cues[cue.id].label}</span>
            <span>{text.practices.touch.optional}</span>
          </figcaption>
        </figure>
      )}
      {step.phrases && <Wishes settings={settings} />}
      {step.answer && (
        <div className="field guided-answer">
          <label htmlFor={answerId}>{words.answerLabel}</label>
          <input
            id={answerId}
            type="text"
            value={answer}
            maxLength={answerMaxLength}
            autoComplete="off"
            aria-describedby={noteId}
            onChange={(event) => onAnswer(event.target.value)}
          />
          <p id={noteId} className="hint">{text.player.answerNote}</p>
        </div>
      )}
    </>
  )
}

/** The person's own kind wishes, or ours (after those for their life focus) until they write some. */
function Wishes({ settings }: { settings: Settings }) {
  const text = useText()
  const { phrases: wishes, own } = useOfferedPhrases(settings, 'kindness')
  return (
    <figure className="guided-wishes">
      <figcaption className="practice-position">{own ? text.player.yourPhrases : text.player.ourPhrases}</figcaption>
      {wishes.map((wish) => (
        <blockquote key={wish}>{wish}</blockquote>
      ))}
    </figure>
  )
}
