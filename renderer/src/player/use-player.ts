import { useCallback, useEffect, useState } from 'react'
import type { GuidedStep } from '../content/guided/types'
import { pauseSession, resumeSession, sessionElapsedMs, startSession, type SessionClock } from '../timing/session-clock'
import { advance, awayTimeIsUp, firstStep, isOver, moveOn, stepEndMs, stepFraction, type PlayerProgress } from './progress'

/** How often the quiet progress line moves. Steps change on a timer set for their own end, never on this. */
const redrawMs = 250

export interface Player {
  progress: PlayerProgress
  over: boolean
  /** How far through its time the current step is (0 to 1). */
  fraction: number
  /** A walk's time is up: the person may come back whenever they do. */
  awayIsUp: boolean
  moveOn(): void
}

/**
 * Plays a list of steps from the page's steady clock (performance.now(), which the tests' page clock
 * drives): one timer for the moment the current step ends, and the step that follows begins exactly
 * there. Pausing freezes the clock; nothing counts ticks, so a throttled window cannot stretch a step.
 */
export function usePlayer(steps: readonly GuidedStep[], paused: boolean): Player {
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
  const awayEndMs = step?.away && step.seconds !== null ? progress.stepStartMs + step.seconds * 1000 : null
  const wakeAtMs = stepEndMs(steps, progress) ?? awayEndMs

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
    if (paused || over || step?.seconds === null) return
    const timer = setInterval(() => setRedraw((count) => count + 1), redrawMs)
    return () => clearInterval(timer)
  }, [paused, over, step])

  const now = runningMs()
  return {
    progress,
    over,
    fraction: stepFraction(steps, progress, now),
    awayIsUp: awayTimeIsUp(steps, progress, now),
    moveOn: () => setProgress((current) => moveOn(steps, current, runningMs())),
  }
}
