import { useCallback, useEffect, useRef } from 'react'
import { bellPlan } from '../sound/bell'
import { playTone } from '../sound/play-tone'

export interface Bell {
  /** Call from the click or key press that begins a practice: browsers let audio begin only after a gesture. */
  prepare(): void
  ring(): void
}

/** The soft bell at a guided practice's start and end, when the person wants it; otherwise no audio at all. */
export function useBell(wanted: boolean, volume: number): Bell {
  const contextRef = useRef<AudioContext | null>(null)
  useEffect(() => () => {
    void contextRef.current?.close()
    contextRef.current = null
  }, [])
  const prepare = useCallback(() => {
    if (wanted && contextRef.current === null) contextRef.current = new AudioContext()
  }, [wanted])
  const ring = useCallback(() => {
    const plan = bellPlan(volume)
    if (wanted && contextRef.current !== null && plan !== null) playTone(contextRef.current, plan)
  }, [wanted, volume])
  return { prepare, ring }
}
