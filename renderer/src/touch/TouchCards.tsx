import { useId, useState } from 'react'
import type { Settings } from '../../../electron/contract'
import { api } from '../api'
import { buildTouchSequence, defaultTouchSequenceLength, touchCues, type TouchCue } from '../content/touch'
import { useText } from '../i18n/use-text'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import { CardProgress } from './CardProgress'
import { TouchIllustration } from './TouchIllustration'
import { useCardTimer } from './use-card-timer'
import './touch.css'

interface TouchCardsProps {
  touch: Settings['touch']
  paused: boolean
  onFinish: () => void
}

/** How long a cue stays, as the sequence would time it with or without being a favourite. */
function secondsFor(cue: TouchCue, isFavourite: boolean): number {
  const [step] = buildTouchSequence([cue], isFavourite ? [cue.id] : [], 1)
  return step?.seconds ?? cue.defaultSeconds
}

/** The soothing-touch cards: favourites first, each for its time or until Next or Skip. */
export function TouchCards({ touch, paused, onFinish }: TouchCardsProps) {
  const text = useText().touch
  const words = useText().practices.touch
  const headingId = useId()
  // Focus starts on the first card; later cards are announced and focus stays on the button pressed.
  const heading = useFocusOnMount<HTMLHeadingElement>()
  // The order is set when the practice starts; marking a favourite changes what comes first next time.
  const [sequence] = useState(() => buildTouchSequence(touchCues, touch.favourites, defaultTouchSequenceLength))
  const [favourites, setFavourites] = useState(touch.favourites)
  const [at, setAt] = useState(0)
  const [favouriteNews, setFavouriteNews] = useState('')

  const step = sequence[at]
  const isFavourite = step !== undefined && favourites.includes(step.cue.id)
  const seconds = step ? secondsFor(step.cue, isFavourite) : 0
  const next = () => {
    setFavouriteNews('')
    if (at + 1 < sequence.length) setAt(at + 1)
    else onFinish()
  }
  const fraction = useCardTimer({ cardKey: at, seconds, paused, onDone: next })
  if (!step) return null
  const cueWords = words.cues[step.cue.id]

  const toggleFavourite = () => {
    const updated = isFavourite ? favourites.filter((id) => id !== step.cue.id) : [...favourites, step.cue.id]
    setFavourites(updated)
    setFavouriteNews(isFavourite ? text.favouriteRemoved : text.favouriteKept)
    void api.updateSettings({ touch: { ...touch, favourites: updated } })
  }

  return (
    <>
      <section className="card touch-card" aria-labelledby={headingId}>
        <TouchIllustration cue={step.cue} className="touch-illustration" />
        {/* Read out when the card changes, so the new placement is heard without moving focus. */}
        <div aria-live="polite" className="touch-card-title">
          <p className="practice-position">{text.position(at + 1, sequence.length)}</p>
          <h2 id={headingId} ref={heading} tabIndex={-1}>{cueWords.label}</h2>
        </div>
        <p className="touch-instruction">{cueWords.instruction}</p>
        <CardProgress fraction={fraction} label={text.timeLabel} />
      </section>
      <div className="practice-actions practice-nav">
        <button type="button" className="button button-primary" onClick={next}>{text.next}</button>
        <button type="button" className="button touch-favourite" aria-pressed={isFavourite} onClick={toggleFavourite}>
          <span aria-hidden="true" className="touch-favourite-mark">{isFavourite ? '♥' : '♡'}</span>
          {text.feelsRight}
        </button>
        <button type="button" className="button" onClick={next}>{text.skip}</button>
      </div>
      <p className="hint">{words.optional}</p>
      <p className="hint" role="status">{favouriteNews}</p>
    </>
  )
}
