import { useEffect, useRef, useState } from 'react'

/** How often the quiet progress indicator moves. The timing itself is read from the clock, never counted in ticks. */
const tickMs = 250

interface CardTimerOptions {
  /** A new key starts the card's time again from zero. */
  cardKey: number
  seconds: number
  /** Holds the time where it is (say, while the "Feeling overwhelmed?" help is open). */
  paused: boolean
  /** Called once, when the card's time is up. */
  onDone: () => void
}

/**
 * How far through its time the current card is, from 0 to 1. Elapsed time comes from the page's steady
 * clock (`performance.now()`), so throttled timers in a background window cannot stretch a card, and the
 * tests' page clock drives it. A card's length may change while it shows (a favourite stays longer).
 */
export function useCardTimer({ cardKey, seconds, paused, onDone }: CardTimerOptions): number {
  const [elapsed, setElapsed] = useState({ cardKey, ms: 0 })
  const banked = useRef({ cardKey, ms: 0 })
  const latest = useRef({ seconds, onDone })
  useEffect(() => {
    latest.current = { seconds, onDone }
  })

  useEffect(() => {
    if (paused) return
    const base = banked.current.cardKey === cardKey ? banked.current.ms : 0
    const startedAt = performance.now()
    const read = () => base + performance.now() - startedAt
    const timer = setInterval(() => {
      const ms = read()
      setElapsed({ cardKey, ms })
      if (ms >= latest.current.seconds * 1000) {
        clearInterval(timer)
        latest.current.onDone()
      }
    }, tickMs)
    return () => {
      clearInterval(timer)
      banked.current = { cardKey, ms: read() }
    }
  }, [cardKey, paused])

  const ms = elapsed.cardKey === cardKey ? elapsed.ms : 0
  return Math.min(1, ms / (seconds * 1000))
}
