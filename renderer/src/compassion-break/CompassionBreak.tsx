import { useState, type KeyboardEvent } from 'react'
import type { Settings } from '../../../electron/contract'
import { compassionBreakSteps } from '../content/compassion-break'
import type { PhraseStep } from '../../../electron/common/phrases'
import { buildTouchSequence, touchCues } from '../content/touch'
import { useText } from '../i18n/use-text'
import { FindPhrases } from '../phrases/FindPhrases'
import { PhraseEditor } from '../phrases/PhraseEditor'
import { useOfferedPhrases } from '../phrases/use-phrase-bank'
import { usePlayer } from '../player/use-player'
import { BreakCard } from './BreakCard'
import { DifficultyStart } from './DifficultyStart'
import './compassion-break.css'

type View = 'start' | 'cards' | 'phrases' | 'find-phrases'

interface CompassionBreakProps {
  settings: Settings
  paused: boolean
  onFinish: () => void
}

const firstPhrases: Record<PhraseStep, number> = { mindfulness: 0, humanity: 0, kindness: 0 }

/**
 * The self-compassion break: an optional word for what is hard, then three cards that move on by
 * themselves or with Next and Back. The phrase editor and "find my phrases" open in place, holding the
 * card's time until the person comes back to it.
 */
export function CompassionBreak({ settings, paused, onFinish }: CompassionBreakProps) {
  const text = useText()
  const [view, setView] = useState<View>('start')
  const [difficulty, setDifficulty] = useState('')
  const [phraseAt, setPhraseAt] = useState(firstPhrases)

  // The cards' time runs only while they show: the word before them and the phrase editor hold it.
  const player = usePlayer(compassionBreakSteps, paused || view !== 'cards', onFinish)
  const at = player.progress.at
  const step = compassionBreakSteps[at] ?? compassionBreakSteps[0]
  const isLast = at === compassionBreakSteps.length - 1

  const { phrases } = useOfferedPhrases(settings, step.id)
  const phrase = phrases[phraseAt[step.id] % phrases.length]
  const showPhrase = (stepId: PhraseStep, index: number) => setPhraseAt((current) => ({ ...current, [stepId]: index }))
  const touchCue = buildTouchSequence(touchCues, settings.touch.favourites, 1)[0]?.cue
  const backToCards = () => setView('cards')
  // Esc in the editor goes back to the card rather than leaving the break.
  const escapeToCards = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isDefaultPrevented()) return
    event.preventDefault()
    backToCards()
  }

  if (view === 'start') {
    return (
      <DifficultyStart
        initial={difficulty}
        onBegin={(word) => {
          setDifficulty(word)
          setView('cards')
        }}
      />
    )
  }
  if (view === 'phrases') {
    return (
      <div onKeyDown={escapeToCards}>
        <PhraseEditor settings={settings} backLabel={text.phrases.back} onBack={backToCards} onFindPhrases={() => setView('find-phrases')} />
      </div>
    )
  }
  if (view === 'find-phrases') {
    return (
      <div onKeyDown={escapeToCards}>
        <FindPhrases
          settings={settings}
          onCancel={backToCards}
          onSaved={(firstAdded) => {
            // The kindness card then opens on the first of the person's new wishes.
            showPhrase('kindness', firstAdded)
            backToCards()
          }}
        />
      </div>
    )
  }
  return (
    <>
      <BreakCard
        step={step}
        position={{ at: at + 1, total: compassionBreakSteps.length }}
        difficulty={difficulty}
        phrase={phrase}
        onAnotherPhrase={phrases.length > 1 ? () => showPhrase(step.id, phraseAt[step.id] + 1) : undefined}
        touchCue={touchCue}
        fraction={player.fraction}
        onFindPhrases={() => setView('find-phrases')}
      />
      <div className="practice-actions practice-nav">
        {/* From the first card, Back returns to the word for what is hard, so it can be changed. */}
        <button type="button" className="button" onClick={() => (at > 0 ? player.moveBack() : setView('start'))}>
          {text.compassionBreak.back}
        </button>
        <button type="button" className="button button-primary" onClick={player.moveOn}>
          {isLast ? text.compassionBreak.finish : text.compassionBreak.next}
        </button>
      </div>
      <button type="button" className="link-button" onClick={() => setView('phrases')}>{text.compassionBreak.editPhrases}</button>
    </>
  )
}
