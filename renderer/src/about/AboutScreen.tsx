import type { ScreenProps } from '../app/screen-props'
import { ScreenHeader } from '../app/ScreenHeader'
import { useText } from '../i18n/use-text'
import licences from './licences.json'
import './about.css'

/** Who made it possible, what it is and is not, and whose work it stands on. */
export function AboutScreen({ state, go, done }: ScreenProps) {
  const text = useText().about
  const doubts = useText().doubts
  return (
    <div className="screen about">
      <ScreenHeader title={text.heading} onBack={done} />
      <div className="about-intro">
        <p className="about-version">{text.version(state.version)}</p>
        <p className="lede">{text.what}</p>
        <button type="button" className="link-button" onClick={() => go('doubts')}>{doubts.link}</button>
      </div>
      {(
        [
          ['care', text.careHeading, text.care],
          ['privacy', text.privacyHeading, text.privacy],
          ['credits', text.creditsHeading, text.credits],
        ] as const
      ).map(([id, heading, body]) => (
        <section key={id} className="card" aria-labelledby={`about-${id}`}>
          <h2 id={`about-${id}`} className="section-heading">{heading}</h2>
          <p>{body}</p>
        </section>
      ))}
      <section className="card" aria-labelledby="about-licences">
        <h2 id="about-licences" className="section-heading">{text.licencesHeading}</h2>
        <p className="hint">{text.licencesIntro}</p>
        <ul className="licences">
          {licences.map((entry) => (
            <li key={`${entry.name}@${entry.version}`}>{text.licenceLine(entry.name, entry.version, entry.licence)}</li>
          ))}
        </ul>
      </section>
    </div>
  )
}
