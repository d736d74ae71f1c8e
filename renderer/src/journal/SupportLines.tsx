import { useId, useState } from 'react'
import { api, refusalMessage } from '../api'
import { crisisLines, crisisLinesIntro, wellnessDisclaimer } from '../content/safety'
import { useLocale, useText } from '../i18n/use-text'
import './support-lines.css'

/** A calendar date as written in the data (`YYYY-MM-DD`), in the person's language; the same day everywhere. */
function calendarDate(isoDay: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay}T12:00:00Z`))
}

/**
 * "Need support now?": one click opens the crisis lines (data in content/safety.ts). Websites open in the
 * browser through main, which checks each address against its allowlist; nothing here judges anyone.
 */
export function SupportLines() {
  const locale = useLocale()
  const text = useText().journal
  const panelId = useId()
  const [open, setOpen] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const visit = (url: string) => {
    setFailure(null)
    api.openSupportLink(url).catch((error: unknown) => setFailure(text.failed(refusalMessage(error))))
  }

  return (
    <section className="support-lines" aria-label={text.support}>
      <button type="button" className="button support-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? text.supportClose : text.support}
      </button>
      <div id={panelId} className="card support-panel" hidden={!open}>
        <h2>{crisisLinesIntro.title[locale]}</h2>
        <p>{crisisLinesIntro.body[locale]}</p>
        <ul className="support-list">
          {crisisLines.map((line) => (
            <li key={line.id}>
              <h3>{line.name}</h3>
              <p className="hint">{line.region[locale]}</p>
              <p>{line.description[locale]}</p>
              {line.phone && <p>{text.phone(line.phone)}</p>}
              <button type="button" className="link-button" onClick={() => visit(line.url)}>{text.website(line.name)}</button>
              <p className="hint support-checked">{text.lastChecked(calendarDate(line.lastChecked, locale))}</p>
            </li>
          ))}
        </ul>
        {failure && <p className="field-error" role="alert">{failure}</p>}
        <p className="hint">{wellnessDisclaimer[locale]}</p>
      </div>
    </section>
  )
}
