import type { AppState, Screen } from '../../../electron/contract'
import { api } from '../api'
import { useText } from '../i18n/use-text'
import { PathLink } from '../path/PathLink'

const practices = ['break', 'breathe', 'touch', 'reframe'] as const

/** The break window's start: every practice with one line on what it is. */
export function HomeScreen({ state, onOpen }: { state: AppState; onOpen: (screen: Screen) => void }) {
  const text = useText()
  // On the path (or paused on it), where the person is comes first; otherwise it is a quiet way in beside the library.
  const walking = state.settings.path.status === 'on' || state.settings.path.status === 'paused'
  const pathLink = <PathLink path={state.settings.path} onOpen={() => onOpen('path')} />
  return (
    <div className="screen home">
      <header className="screen-header">
        <h1>{text.app.name}</h1>
        <p className="lede">{text.home.greeting}</p>
        {walking && pathLink}
      </header>
      <section aria-labelledby="practices-heading">
        <h2 id="practices-heading" className="section-heading">{text.home.practicesHeading}</h2>
        <ul className="practice-list">
          {practices.map((id) => (
            <li key={id}>
              <button type="button" className="practice" onClick={() => onOpen(id)}>
                <span className="practice-title">{text.home.practices[id].title}</span>
                <span className="practice-description">{text.home.practices[id].description}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="home-links">
          <button type="button" className="link-button" onClick={() => onOpen('library')}>{text.library.link}</button>
          {!walking && pathLink}
        </div>
      </section>
      {!state.desktop.trayShown && <BreakControls state={state} />}
      <nav className="home-more" aria-label={text.home.moreHeading}>
        <button type="button" className="link-button" onClick={() => onOpen('journal')}>{text.home.journal}</button>
        <button type="button" className="link-button" onClick={() => onOpen('settings')}>{text.home.settings}</button>
        <button type="button" className="link-button" onClick={() => onOpen('about')}>{text.about.link}</button>
      </nav>
    </div>
  )
}

/** Where no tray icon shows, the tray menu's own offers live here: pause or resume breaks, and quit. */
function BreakControls({ state }: { state: AppState }) {
  const text = useText().home
  const paused = state.breaks.status.kind === 'paused'
  return (
    <nav className="home-more" aria-label={text.breaksHeading}>
      {paused ? (
        <button type="button" className="link-button" onClick={() => void api.runCommand({ kind: 'resume-breaks' })}>{text.resume}</button>
      ) : (
        <button type="button" className="link-button" onClick={() => void api.runCommand({ kind: 'pause', choice: '1h' })}>{text.pauseHour}</button>
      )}
      <button type="button" className="link-button" onClick={() => void api.runCommand({ kind: 'quit' })}>{text.quit}</button>
    </nav>
  )
}
