import { useCallback, useEffect, useRef, useState } from 'react'
import type { GuidedStep } from '../content/guided/types'
import { pauseSession, resumeSession, sessionElapsedMs, startSession, type SessionClock } from '../timing/session-clock'
import { advance, firstStep, isOver, moveBack, moveOn, stepEndMs, stepFraction, type PlayerProgress } from './progress'

/** How often the quiet progress line moves. Steps change on a timer set for their own end, never on this. */
const redrawMs = 250

export interface Player {
  progress: PlayerProgress
  over: boolean
  /** How far through its time the current step is (0 to 1). */
  fraction: number
  moveOn(): void
  /** Back to the step before, which begins again. */
  moveBack(): void
}

/**
 * Plays a list of steps from the page's steady clock (performance.now(), which the tests' page clock
 * drives): one timer for the moment the current step ends, and the step that follows begins exactly
 * there. Pausing freezes the clock; nothing counts ticks, so a throttled window cannot stretch a step.
 * The steps may change while they play (a touch marked as a favourite stays longer): the current step's
 * end is read from them at each render. `onOver` is called once, when the last step has ended.
 */
export function usePlayer(steps: readonly Pick<GuidedStep, 'seconds' | 'away' | 'answer'>[], paused: boolean, onOver: () => void): Player {
  const [clock, setClock] = useState<SessionClock>(() => startSession(performance.now()))
  const [progress, setProgress] = useState<PlayerProgress>(firstStep)
  // Redraws the progress line without changing where the practice is.
  const [, setRedraw] = useState(0)
  // Sets the step's timer again when it fired a hair early and found nothing to do yet.
  const [rearm, setRearm] = useState(0)

  // A change of `paused` freezes or frees the clock as the render that sees it happens (React's way of
  // adjusting state to a prop), so no frame runs on with the old clock.
  const [wasPaused, setWasPaused] = useState(paused)
  if (paused !== wasPaused) {
    setWasPaused(paused)
    setClock((current) => (paused ? pauseSession(current, performance.now()) : resumeSession(current, performance.now())))
  }

  const runningMs = useCallback(() => sessionElapsedMs(clock, performance.now()), [clock])
  const over = isOver(steps, progress)
  const step = steps[progress.at]
  const wakeAtMs = stepEndMs(steps, progress)
  const timed = step !== undefined && step.seconds !== null

  useEffect(() => {
    if (paused || over || wakeAtMs === null) return
    const timer = setTimeout(() => {
      const next = advance(steps, progress, runningMs())
      if (next === progress) setRearm((count) => count + 1)
      else setProgress(next)
    }, Math.max(0, wakeAtMs - runningMs()))
    return () => clearTimeout(timer)
  }, [steps, progress, paused, over, wakeAtMs, runningMs, rearm])

  useEffect(() => {
    if (paused || over || !timed) return
    const timer = setInterval(() => setRedraw((count) => count + 1), redrawMs)
    return () => clearInterval(timer)
  }, [paused, over, timed])

  // The end is reported once, however often the screen draws after it.
  const latestOnOver = useRef(onOver)
  useEffect(() => {
    latestOnOver.current = onOver
  })
  const reported = useRef(false)
  useEffect(() => {
    if (!over || reported.current) return
    reported.current = true
    latestOnOver.current()
  }, [over])

  return {
    progress,
    over,
    fraction: stepFraction(steps, progress, runningMs()),
    moveOn: () => setProgress((current) => moveOn(steps, current, runningMs())),
    moveBack: () => setProgress((current) => moveBack(current, runningMs())),
  }
}
