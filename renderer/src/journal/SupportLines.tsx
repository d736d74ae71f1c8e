import { useId, useState } from 'react'
import { api } from '../api'
import { crisisLines } from '../content/safety'
import { useLocale, useText } from '../i18n/use-text'
import { wordRefusal } from '../i18n/word-problem'
import './support-lines.css'

/** A calendar date as written in the data (`YYYY-MM-DD`), in the person's language; the same day everywhere. */
function calendarDate(isoDay: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay}T12:00:00Z`))
}

/**
 * "Need support now?": one click opens the crisis lines (electron/common/support-lines.ts, worded from the
 * catalog's shared words). Websites open in the browser through main, which checks each address against its
 * allowlist; nothing here judges anyone.
 */
export function SupportLines() {
  const locale = useLocale()
  const text = useText().journal
  const safety = useText().practices.safety
  const lineWords = useText().shared.crisisLines
  const problems = useText().problems
  const panelId = useId()
  const [open, setOpen] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const visit = (url: string) => {
    setFailure(null)
    api.openSupportLink(url).catch((error: unknown) => setFailure(text.failed(wordRefusal(error, problems))))
  }

  return (
    <section className="support-lines" aria-label={text.support}>
      <button type="button" className="button support-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? text.supportClose : text.support}
      </button>
      <div id={panelId} className="card support-panel" hidden={!open}>
        <h2>{safety.crisisLinesIntro.title}</h2>
        <p>{safety.crisisLinesIntro.body}</p>
        <ul className="support-list">
          {crisisLines.map((line) => (
            <li key={line.id}>
              <h3 translate="no">{line.name}</h3>
              <p className="hint">{lineWords[line.id].region}</p>
              <p>{lineWords[line.id].description}</p>
              {line.phone && <p>{text.phone(line.phone)}</p>}
              <button type="button" className="link-button" onClick={() => visit(line.url)}>{text.website(line.name)}</button>
              <p className="hint support-checked">{text.lastChecked(calendarDate(line.lastChecked, locale))}</p>
            </li>
          ))}
        </ul>
        {failure && <p className="field-error" role="alert">{failure}</p>}
        <p className="hint">{safety.wellnessDisclaimer}</p>
      </div>
    </section>
  )
}
