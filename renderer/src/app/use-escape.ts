import { useEffect } from 'react'

/** Esc goes back, the way people expect a small window to behave. */
export function useEscape(onEscape: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    const listener = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onEscape()
    }
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [onEscape, enabled])
}
