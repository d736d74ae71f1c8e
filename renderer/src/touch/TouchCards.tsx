import { useId, useMemo, useState } from 'react'
import type { Settings } from '../../../electron/contract'
import { api } from '../api'
import { buildTouchSequence, defaultTouchSequenceLength, touchCues, type TouchCue } from '../content/touch'
import { useText } from '../i18n/use-text'
import { usePlayer } from '../player/use-player'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import { CardProgress } from './CardProgress'
import { TouchIllustration } from './TouchIllustration'
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

/** The soothing-touch cards: favourites first, each for its time (the player's clock) or until Next or Skip. */
export function TouchCards({ touch, paused, onFinish }: TouchCardsProps) {
  const text = useText().touch
  const words = useText().practices.touch
  const headingId = useId()
  // Focus starts on the first card; later cards are announced and focus stays on the button pressed.
  const heading = useFocusOnMount<HTMLHeadingElement>()
  // The order is set when the practice starts; marking a favourite changes what comes first next time.
  const [sequence] = useState(() => buildTouchSequence(touchCues, touch.favourites, defaultTouchSequenceLength))
  const [favourites, setFavourites] = useState(touch.favourites)
  const [favouriteNews, setFavouriteNews] = useState('')
  // Each card's time follows whether it is a favourite now: marking one lets it stay longer at once.
  const timings = useMemo(() => sequence.map((step) => ({ seconds: secondsFor(step.cue, favourites.includes(step.cue.id)) })), [sequence, favourites])
  const player = usePlayer(timings, paused, onFinish)
  const at = player.progress.at
  const step = sequence[at]
  const isFavourite = step !== undefined && favourites.includes(step.cue.id)
  const next = player.moveOn
  // The news about a favourite belongs to its card: it goes when the card does, by itself or by Next.
  const [newsAt, setNewsAt] = useState(at)
  if (newsAt !== at) {
    setNewsAt(at)
    setFavouriteNews('')
  }
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
        <CardProgress fraction={player.fraction} label={text.timeLabel} />
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
