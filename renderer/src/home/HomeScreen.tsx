import type { Screen } from '../../../electron/contract'
import { useText } from '../i18n/use-text'

const practices = ['break', 'breathe', 'touch', 'reframe'] as const

/** The break window's start: every practice with one line on what it is. */
export function HomeScreen({ onOpen }: { onOpen: (screen: Screen) => void }) {
  const text = useText()
  return (
    <div className="screen home">
      <header className="screen-header">
        <h1>{text.app.name}</h1>
        <p className="lede">{text.home.greeting}</p>
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
      </section>
      <nav className="home-more" aria-label={text.home.moreHeading}>
        <button type="button" className="link-button" onClick={() => onOpen('journal')}>{text.home.journal}</button>
        <button type="button" className="link-button" onClick={() => onOpen('settings')}>{text.home.settings}</button>
        <button type="button" className="link-button" onClick={() => onOpen('about')}>{text.about.link}</button>
      </nav>
    </div>
  )
}
