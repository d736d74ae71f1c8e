import { useCallback, useEffect, useRef } from 'react'
import type { Settings } from '../../../electron/contract'
import type { PhaseKind } from './pattern'
import { tonePlan } from './tones'
import { playTone } from '../sound/play-tone'

export interface Tones {
  /** Call from the click or key press that starts a session: browsers let audio begin only after a gesture. */
  prepare(): void
  /** The cue for a phase that has just begun (silent for holds, or when sound is off). */
  phaseBegan(kind: PhaseKind): void
}

/** Soft tones when sound is on in Settings; when it is off, no audio context is ever created. */
export function useTones(sound: Settings['sound']): Tones {
  const contextRef = useRef<AudioContext | null>(null)
  const { enabled, volume } = sound

  useEffect(() => () => {
    void contextRef.current?.close()
    contextRef.current = null
  }, [])

  const prepare = useCallback(() => {
    if (!enabled || contextRef.current !== null) return
    contextRef.current = new AudioContext()
  }, [enabled])

  const phaseBegan = useCallback(
    (kind: PhaseKind) => {
      const context = contextRef.current
      const plan = tonePlan(kind, volume)
      if (!enabled || context === null || plan === null) return
      playTone(context, plan)
    },
    [enabled, volume],
  )

  return { prepare, phaseBegan }
}
