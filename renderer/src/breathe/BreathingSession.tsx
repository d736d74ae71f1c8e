import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { ScreenHeader } from '../app/ScreenHeader'
import { phaseLabel, type BreathingPattern } from '../content/breathing'
import { useText } from '../i18n/use-text'
import { isHold, type PhaseKind } from './pattern'
import { isSessionPaused, pauseSession, resumeSession, sessionElapsedMs, startSession } from '../timing/session-clock'
import { shapeFrame } from './shape'
import { momentAtActiveMs, type BreathingMoment } from './timeline'
import type { Tones } from './use-tones'

/** How long each line of natural rhythm stays before the next: long enough to read twice, slowly. */
const naturalLineMs = 20_000

interface BreathingSessionProps {
  readonly pattern: BreathingPattern
  /** performance.now() at the Start gesture: the session's zero. */
  readonly startedAtMs: number
  /** null: until the person stops. */
  readonly lengthMs: number | null
  readonly givingAndReceiving: boolean
  readonly handOnHeart: boolean
  readonly reducedMotion: boolean
  readonly tones: Tones
  /** Puts a phase's words in the screen's polite live region. */
  readonly announce: (text: string) => void
  readonly onEnd: (breathsCompleted: number) => void
  readonly onLeave: () => void
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && target.closest('button, input, select, textarea, a, [contenteditable="true"]') !== null

/**
 * One running session. Every animation frame asks the session clock for the running time on
 * performance.now() and derives everything from it (phase, progress, shape), so a late or skipped frame
 * is simply drawn where it should be. The shape is written straight to the DOM (transform and opacity
 * only); React renders again only when the phase, the line or the pause state changes.
 */
export function BreathingSession(props: BreathingSessionProps) {
  const { pattern, startedAtMs, lengthMs, givingAndReceiving, handOnHeart, reducedMotion, tones } = props
  const text = useText().breathe
  const words = useText().practices.breathe
  const clock = useRef(startSession(startedAtMs))
  const [paused, setPaused] = useState(false)
  const [phase, setPhase] = useState<PhaseKind | null>(null)
  const [lineIndex, setLineIndex] = useState(0)
  const shownPhase = useRef<string | null>(null)
  const shapeRef = useRef<HTMLDivElement>(null)
  const glowRef = useRef<HTMLDivElement>(null)
  const progressRef = useRef<HTMLDivElement>(null)
  const pauseButtonRef = useRef<HTMLButtonElement>(null)

  const momentNow = (): BreathingMoment =>
    momentAtActiveMs(pattern, sessionElapsedMs(clock.current, performance.now()), lengthMs)

  const breathsIn = (moment: BreathingMoment) => (moment.paced ? moment.breathsCompleted : 0)

  const draw = (moment: BreathingMoment) => {
    const frame = shapeFrame(pattern, moment, reducedMotion)
    shapeRef.current?.style.setProperty('transform', `scale(${frame.scale})`)
    glowRef.current?.style.setProperty('opacity', String(frame.glow))
    if (lengthMs !== null) progressRef.current?.style.setProperty('transform', `scaleX(${moment.activeMs / lengthMs})`)
  }

  const follow = (moment: BreathingMoment) => {
    if (!moment.paced) {
      setLineIndex(Math.floor(moment.activeMs / naturalLineMs) % words.naturalRhythmLines.length)
      return
    }
    const key = `${moment.cycle}:${moment.phaseIndex}`
    if (key === shownPhase.current) return
    shownPhase.current = key
    // Committed within this frame, so the words change on the frame the phase begins, not a task later.
    flushSync(() => {
      setPhase(moment.phase)
      props.announce(phaseLabel(moment.phase, { givingAndReceiving }, words))
    })
    tones.phaseBegan(moment.phase)
  }

  /** One frame: returns whether the session goes on. */
  const onFrame = useEffectEvent((): boolean => {
    const moment = momentNow()
    draw(moment)
    if (moment.finished) {
      props.onEnd(breathsIn(moment))
      return false
    }
    follow(moment)
    return true
  })

  useEffect(() => {
    if (paused) return
    let request = requestAnimationFrame(function nextFrame() {
      if (onFrame()) request = requestAnimationFrame(nextFrame)
    })
    return () => cancelAnimationFrame(request)
  }, [paused])

  const togglePause = () => {
    const now = performance.now()
    const next = isSessionPaused(clock.current) ? resumeSession(clock.current, now) : pauseSession(clock.current, now)
    clock.current = next
    setPaused(isSessionPaused(next))
  }

  const onSpace = useEffectEvent(togglePause)

  const onHidden = useEffectEvent(() => {
    if (isSessionPaused(clock.current)) return
    clock.current = pauseSession(clock.current, performance.now())
    setPaused(true)
  })

  useEffect(() => {
    pauseButtonRef.current?.focus()
    // Space pauses from anywhere on the screen; on a button it keeps its usual meaning (press that button).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== ' ' || event.repeat || event.defaultPrevented || isTyping(event.target)) return
      event.preventDefault()
      onSpace()
    }
    // A hidden window is a person who has left: the guide (and its sounds) waits where it is.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHidden()
    }
    window.addEventListener('keydown', onKey)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [])

  const label = phase === null ? '' : phaseLabel(phase, { givingAndReceiving }, words)
  const isNatural = pattern.phases.length === 0
  return (
    <div className="screen breathe-session">
      <ScreenHeader title={words.patterns[pattern.id].name} onBack={props.onLeave} />
      <div
        className={['breathe-stage', isNatural ? 'breathe-stage-natural' : '', reducedMotion ? 'breathe-stage-still' : ''].join(' ')}
        aria-hidden="true"
      >
        <div className="breathe-halo" />
        <div ref={shapeRef} className="breathe-shape">
          <div ref={glowRef} className="breathe-glow" />
        </div>
      </div>
      {isNatural ? (
        <div className="breathe-words">
          <p key={lineIndex} className="breathe-line">{words.naturalRhythmLines[lineIndex]}</p>
          {handOnHeart && <p className="hint breathe-cue">{words.handOnHeart}</p>}
        </div>
      ) : (
        <p className="breathe-phase" aria-hidden="true">
          <span>{label}</span>
          {phase !== null && isHold(phase) && <span className="breathe-optional">{text.optionalHold}</span>}
        </p>
      )}
      {lengthMs === null ? (
        <p className="hint breathe-untimed">{text.untilStopped}</p>
      ) : (
        <div className="breathe-progress" aria-hidden="true">
          <div ref={progressRef} className="breathe-progress-fill" />
        </div>
      )}
      {paused && <p className="breathe-paused">{text.paused}</p>}
      <div className="breathe-controls">
        <button ref={pauseButtonRef} type="button" className="button button-primary" onClick={togglePause}>
          {paused ? text.resume : text.pause}
        </button>
        <button type="button" className="button" onClick={() => props.onEnd(breathsIn(momentNow()))}>
          {text.stop}
        </button>
      </div>
      <p className="hint breathe-keys">{text.keysHint}</p>
    </div>
  )
}
