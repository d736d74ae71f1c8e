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
  const rows: [string, string | undefined][] = [
    [text.fields.situation, entry.situation],
    [text.fields.feelings, chipWords(entry.feelings).join(', ')],
    [text.fields.intensityBefore, entry.intensityBefore === undefined ? undefined : text.outOfTen(entry.intensityBefore)],
    [text.fields.harshVoice, entry.harshVoice],
    [text.fields.mindfulNaming, entry.mindfulNaming],
    [text.fields.commonHumanity, entry.commonHumanity],
    [text.fields.kindReply, entry.kindReply],
    [text.fields.intensityAfter, entry.intensityAfter === undefined ? undefined : text.outOfTen(entry.intensityAfter)],
    [text.fields.thinkingTraps, chipWords(entry.thinkingTraps).join(', ')],
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
          .filter((row): row is [string, string] => row[1] !== undefined && row[1].trim() !== '')
          .map(([label, value]) => (
            <div key={label} className="journal-field">
              <dt>{label}</dt>
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
