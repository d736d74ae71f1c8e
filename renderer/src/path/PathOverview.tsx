import { useId, type ReactNode } from 'react'
import { pathWeeks, type PathState } from '../../../electron/common/path'
import { useText } from '../i18n/use-text'

/**
 * The path from outside: before starting, what it is; after leaving, where the person left (kept for them);
 * after the eighth week, a thank-you. Then the choices, within sight, and the eight weeks' themes, so the way
 * ahead is plain.
 */
export function PathOverview({ path, choices }: { path: PathState; choices: ReactNode }) {
  const text = useText().path
  const weeksId = useId()
  return (
    <>
      {path.status === 'completed' && (
        <section className="path-about">
          <h2 tabIndex={-1}>{text.completedHeading}</h2>
          {text.completed.map((line) => <p key={line}>{line}</p>)}
        </section>
      )}
      {path.status === 'left' && <p className="path-about" tabIndex={-1}>{text.leftNote(path.week)}</p>}
      {path.status === 'not-started' && (
        <div className="path-about" tabIndex={-1}>
          {text.intro.map((line) => <p key={line}>{line}</p>)}
        </div>
      )}
      {choices}
      <section aria-labelledby={weeksId}>
        <h2 id={weeksId} className="section-heading">{text.weeksHeading}</h2>
        <ol className="path-weeks">
          {pathWeeks.map((week, at) => (
            <li key={week.id} aria-current={path.status === 'left' && path.week === at + 1 ? 'step' : undefined}>
              {text.weeks[week.id].title}
            </li>
          ))}
        </ol>
      </section>
    </>
  )
}
