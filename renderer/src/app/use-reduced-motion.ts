import { useSyncExternalStore } from 'react'
import type { Settings } from '../../../electron/contract'

const query = '(prefers-reduced-motion: reduce)'

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(query)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

const systemPrefersReduced = () => window.matchMedia(query).matches

/**
 * Whether the breathing shape should stay still: forced either way in Settings, otherwise the system's
 * choice, followed live. The shape is driven from script each frame, so script has to know, not just CSS.
 */
export function useReducedMotion(motion: Settings['motion']): boolean {
  const systemReduced = useSyncExternalStore(subscribe, systemPrefersReduced)
  return motion === 'reduced' || (motion === 'system' && systemReduced)
}
