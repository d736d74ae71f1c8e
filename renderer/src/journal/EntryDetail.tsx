import type { KeyboardEvent } from 'react'
import type { JournalEntry } from '../../../electron/contract'
import type { Catalog } from '../../../electron/common/catalog'
import { writtenFields } from '../../../electron/common/journal-kinds'
import type { JournalField } from '../../../electron/common/journal-problems'
import { useLocale, useText } from '../i18n/use-text'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import { flatten, useChipWords } from './EntrySummary'
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
  const kinds = useText().journalKinds
  const names = useText().journalFields.fields
  const chipWords = useChipWords()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const rows = entry.kind === 'reframe' ? reframeRows(entry, chipWords, text) : writtenRows(entry, names)
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    event.preventDefault()
    onBack()
  }
  return (
    <article className="journal-detail" aria-labelledby="journal-detail-heading" onKeyDown={onKeyDown}>
      <h2 id="journal-detail-heading" ref={heading} tabIndex={-1}>{dateAndTime(entry.createdAt, locale)}</h2>
      <p className="journal-detail-kind">{kinds.single[entry.kind]}</p>
      {entry.updatedAt > entry.createdAt && <p className="hint">{text.changedAt(dateAndTime(entry.updatedAt, locale))}</p>}
      <dl className="journal-fields">
        {rows
          .filter((row): row is Row & [string, string, string] => row[2] !== undefined && row[2].trim() !== '')
          .map(([field, name, value]) => (
            <div key={field} className={`journal-field journal-field-${field}`}>
              <dt>{name}</dt>
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

/** A field as the entry shows it: its id, its name, and what was written or chosen (undefined: nothing). */
type Row = [field: string, name: string, value: string | undefined]

function reframeRows(entry: Extract<JournalEntry, { kind: 'reframe' }>, chipWords: (ids: readonly string[]) => string[], text: Catalog['journal']): Row[] {
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
  return rows.map(([field, value]) => [field, text.fields[field], value])
}

function writtenRows(entry: Exclude<JournalEntry, { kind: 'reframe' }>, names: Record<JournalField, string>): Row[] {
  const written = flatten(entry)
  return writtenFields[entry.kind].map((field) => [field, names[field], written[field]])
}
