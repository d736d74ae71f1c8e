import { useId } from 'react'
import { pathLength, pathWeekOf, type PathState } from '../../../electron/common/path'
import { screenForPractice, type Screen } from '../../../electron/common/screens'
import { useText } from '../i18n/use-text'
import { PracticeCard } from '../library/PracticeCard'

/** The week the person is on (or paused on): its theme, a few words on it, and its practices to open. */
export function PathWeekView({ path, go }: { path: PathState; go: (screen: Screen) => void }) {
  const text = useText().path
  const headingId = useId()
  const week = pathWeekOf(path)
  const words = text.weeks[week.id]
  const paused = path.status === 'paused'
  return (
    <section className="path-week" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} className="path-week-title">
        {(paused ? text.wherePaused : text.where)(path.week, pathLength, words.title)}
      </h2>
      <p className="path-week-intro">{words.intro}</p>
      {paused && <p className="hint">{text.pausedNote}</p>}
      <h3 className="section-heading">{text.practicesHeading}</h3>
      <ul className="practice-list">
        {week.practices.map((id) => (
          <li key={id}>
            <PracticeCard id={id} onOpen={() => go(screenForPractice(id))} />
          </li>
        ))}
      </ul>
      {!paused && <p className="hint">{text.noHurry}</p>}
    </section>
  )
}
