import { useCallback, useEffect, useState } from 'react'
import type { AppState, Screen } from '../../../electron/contract'
import { api } from '../api'

/**
 * Pulls the state once on mount (a push sent before React listens would be lost), then follows pushes.
 */
export function useAppState(): { state: AppState | null; screen: Screen; from: Screen | null; resting: boolean; setScreen: (screen: Screen) => void } {
  const [state, setState] = useState<AppState | null>(null)
  const [screen, setScreenHere] = useState<Screen>('home')
  // The screen the window itself moved from, so a side trip (the doubts page) can go back there; a screen
  // main shows starts a fresh trail (null).
  const [from, setFrom] = useState<Screen | null>(null)
  // Hidden: no screen is mounted, so nothing runs unseen; the next navigate (every show sends one) wakes it.
  const [resting, setResting] = useState(false)
  // A move the window makes itself is told to main, so the screen in the state it hands out stays true.
  const setScreen = useCallback(
    (next: Screen) => {
      setFrom(screen)
      setScreenHere(next)
      void api.showingScreen(next)
    },
    [screen],
  )
  useEffect(() => {
    let active = true
    void api.getState().then((initial) => {
      if (!active) return
      setState(initial)
      setScreenHere(initial.screen)
      // A window made ready ahead of its first use starts out of sight: it rests until a show navigates it.
      setResting(initial.hidden)
    })
    const stopState = api.on('stateChanged', setState)
    const stopNavigate = api.on('navigate', (next) => {
      setResting(false)
      setFrom(null)
      setScreenHere(next)
    })
    const stopResting = api.on('rest', () => setResting(true))
    return () => {
      active = false
      stopState()
      stopNavigate()
      stopResting()
    }
  }, [])
  return { state, screen, from, resting, setScreen }
}
