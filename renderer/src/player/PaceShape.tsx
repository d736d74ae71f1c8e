import { useEffect, useRef } from 'react'
import type { Settings } from '../../../electron/contract'
import { useReducedMotion } from '../app/use-reduced-motion'
import type { GuidedStep } from '../content/guided/types'

/**
 * A soft circle that grows with a breath in and settles with a breath out: something to rest the eyes on,
 * not a pacer to keep up with. With reduced motion it stays still (the words carry the step).
 */
export function PaceShape({ pace, paused, motion }: { pace: NonNullable<GuidedStep['pace']>; paused: boolean; motion: Settings['motion'] }) {
  const shape = useRef<HTMLDivElement>(null)
  const still = useReducedMotion(motion)
  const { inSeconds, outSeconds } = pace
  const animation = useRef<Animation | null>(null)
  useEffect(() => {
    const element = shape.current
    if (still || element === null || typeof element.animate !== 'function') return
    const total = (inSeconds + outSeconds) * 1000
    animation.current = element.animate(
      [{ transform: 'scale(0.7)' }, { transform: 'scale(1)', offset: inSeconds / (inSeconds + outSeconds) }, { transform: 'scale(0.7)' }],
      { duration: total, iterations: Infinity, easing: 'ease-in-out' },
    )
    return () => animation.current?.cancel()
  }, [still, inSeconds, outSeconds])
  useEffect(() => {
    if (paused) animation.current?.pause()
    else animation.current?.play()
  }, [paused])
  return <div ref={shape} className="guided-pace" aria-hidden="true" />
}
