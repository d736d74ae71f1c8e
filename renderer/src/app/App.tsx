import { useCallback, useEffect, useRef } from 'react'
import { LifeFocusProvider } from '../i18n/use-focus-words'
import { LocaleProvider } from '../i18n/use-text'
import { NoticeList } from '../notices/NoticeList'
import { ScreenView } from './ScreenView'
import { useAppState } from './use-app-state'
import { applyAppearance } from './appearance'
import { useEscape } from './use-escape'

export function App() {
  const { state, screen, from, resting, setScreen } = useAppState()
  const mainRef = useRef<HTMLElement>(null)

  useEffect(() => {
    if (state) applyAppearance(document.documentElement, state.settings, state.locale)
  }, [state])

  // A new screen takes focus at its top, so keyboard and screen-reader users start where the content starts,
  // and shows its top: the window would otherwise keep the last screen's scroll (About, opened from the foot of
  // Settings, showed its licences first).
  useEffect(() => {
    window.scrollTo(0, 0)
    mainRef.current?.focus({ preventScroll: true })
  }, [screen, resting])

  // Leaving a screen (its back button, Esc, the end of a practice) goes to the start of the window; the doubts
  // page is a side trip, and goes back where it was opened.
  const leave = useCallback(() => setScreen(screen === 'doubts' && from !== null ? from : 'home'), [screen, from, setScreen])
  useEscape(leave, screen !== 'home')

  if (!state || resting) return null
  return (
    <LocaleProvider locale={state.locale}>
      <LifeFocusProvider focus={state.settings.lifeFocus}>
        <main ref={mainRef} tabIndex={-1} className="app" data-screen={screen}>
          <NoticeList notices={state.notices} />
          <ScreenView screen={screen} state={state} from={from} go={setScreen} done={leave} />
        </main>
      </LifeFocusProvider>
    </LocaleProvider>
  )
}
