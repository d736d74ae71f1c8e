import type { ScreenProps } from '../app/screen-props'
import { ScreenHeader } from '../app/ScreenHeader'
import { useText } from '../i18n/use-text'
import licences from './licences.json'
import './about.css'

/** Who made it possible, what it is and is not, and whose work it stands on. */
export function AboutScreen({ state, done }: ScreenProps) {
  const text = useText().about
  return (
    <div className="screen about">
      <ScreenHeader title={text.heading} onBack={done} />
      <div className="about-intro">
        <p className="about-version">{text.version(state.version)}</p>
        <p className="lede">{text.what}</p>
      </div>
      <section className="card" aria-labelledby="about-care">
        <h2 id="about-care" className="section-heading">{text.careHeading}</h2>
        <p>{text.care}</p>
      </section>
      <section className="card" aria-labelledby="about-privacy">
        <h2 id="about-privacy" className="section-heading">{text.privacyHeading}</h2>
        <p>{text.privacy}</p>
      </section>
      <section className="card" aria-labelledby="about-credits">
        <h2 id="about-credits" className="section-heading">{text.creditsHeading}</h2>
        <p>{text.credits}</p>
      </section>
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
