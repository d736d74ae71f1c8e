import { useEffect, useRef } from 'react'
import { LocaleProvider } from '../i18n/use-text'
import { NoticeList } from '../notices/NoticeList'
import { ScreenView } from './ScreenView'
import { useAppState } from './use-app-state'
import { applyAppearance } from './appearance'
import { useEscape } from './use-escape'

export function App() {
  const { state, screen, resting, setScreen } = useAppState()
  const mainRef = useRef<HTMLElement>(null)

  useEffect(() => {
    if (state) applyAppearance(document.documentElement, state.settings, state.locale)
  }, [state])

  // A new screen takes focus at its top, so keyboard and screen-reader users start where the content starts.
  useEffect(() => {
    mainRef.current?.focus()
  }, [screen, resting])

  useEscape(() => setScreen('home'), screen !== 'home')

  if (!state || resting) return null
  return (
    <LocaleProvider locale={state.locale}>
      <main ref={mainRef} tabIndex={-1} className="app" data-screen={screen}>
        <NoticeList notices={state.notices} />
        <ScreenView screen={screen} state={state} go={setScreen} done={() => setScreen('home')} />
      </main>
    </LocaleProvider>
  )
}
