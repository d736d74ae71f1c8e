import type { KeyboardEvent } from 'react'
import type { JournalEntry } from '../../../electron/contract'
import { useLocale, useText } from '../i18n/use-text'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import { useChipWords } from './EntrySummary'
import { dateAndTime } from './format-time'

interface EntryDetailProps {
  entry: JournalEntry
  onEdit: () => void
  onDelete: () => void
  onBack: () => void
}

/** A whole entry, in the order it was written, with edit and delete. Esc goes back to the list, not home. */
export function EntryDetail({ entry, onEdit, onDelete, onBack }: EntryDetailProps) {
  const locale = useLocale()
  const text = useText().journal
  const chipWords = useChipWords()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const rows: [keyof typeof text.fields, string | undefined][] = [
    ['situation', entry.situation],
    ['feelings', chipWords(entry.feelings).join(', ')],
    ['intensityBefore', entry.intensityBefore === undefined ? undefined : text.outOfTen(entry.intensityBefore)],
    ['harshVoice', entry.harshVoice],
    ['mindfulNaming', entry.mindfulNaming],
    ['commonHumanity', entry.commonHumanity],
    ['kindReply', entry.kindReply],
    ['intensityAfter', entry.intensityAfter === undefined ? undefined : text.outOfTen(entry.intensityAfter)],
    ['thinkingTraps', chipWords(entry.thinkingTraps).join(', ')],
  ]
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    event.preventDefault()
    onBack()
  }
  return (
    <article className="journal-detail" aria-labelledby="journal-detail-heading" onKeyDown={onKeyDown}>
      <h2 id="journal-detail-heading" ref={heading} tabIndex={-1}>{dateAndTime(entry.createdAt, locale)}</h2>
      {entry.updatedAt > entry.createdAt && <p className="hint">{text.changedAt(dateAndTime(entry.updatedAt, locale))}</p>}
      <dl className="journal-fields">
        {rows
          .filter((row): row is [keyof typeof text.fields, string] => row[1] !== undefined && row[1].trim() !== '')
          .map(([field, value]) => (
            <div key={field} className={`journal-field journal-field-${field}`}>
              <dt>{text.fields[field]}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <div className="practice-actions">
        <button type="button" className="button" onClick={onEdit}>{text.edit}</button>
        <button type="button" className="button journal-delete" onClick={onDelete}>{text.delete}</button>
        <button type="button" className="link-button" onClick={onBack}>{text.backToList}</button>
      </div>
    </article>
  )
}
