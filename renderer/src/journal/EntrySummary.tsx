import { useEffect, useRef } from 'react'
import type { JournalEntry } from '../../../electron/contract'
import { writtenFields, type WrittenField } from '../../../electron/common/journal-kinds'
import type { JournalField } from '../../../electron/common/journal-problems'
import { useLocale, useText } from '../i18n/use-text'
import { useChips } from '../reframe/use-chips'
import { clockTime } from './format-time'

/** Chip ids as the words on the chips; an id this version does not know is shown as it is. */
export function useChipWords(): (ids: readonly string[]) => string[] {
  const { feelings, thinkingTraps } = useChips()
  const labels = new Map([...feelings, ...thinkingTraps].map((chip) => [chip.id, chip.label]))
  return (ids) => ids.map((id) => labels.get(id) ?? id)
}

/** One entry in the history list: when, what kind, its first words, and a way to read it all. */
export function EntrySummary({ entry, onRead, returning }: { entry: JournalEntry; onRead: () => void; returning: boolean }) {
  const locale = useLocale()
  const read = useRef<HTMLButtonElement>(null)
  // Back from reading this entry: the keyboard continues from where the person left the list.
  useEffect(() => {
    if (returning) read.current?.focus()
  }, [returning])
  const text = useText()
  const chipWords = useChipWords()
  const time = clockTime(entry.createdAt, locale)
  const feelings = entry.kind === 'reframe' ? chipWords(entry.feelings) : []
  return (
    <article className={`journal-entry journal-entry-${entry.kind} card`}>
      <p className="journal-entry-time">
        <time dateTime={new Date(entry.createdAt).toISOString()}>{time}</time>
        <span className="journal-entry-kind"> · {text.journalKinds.single[entry.kind]}</span>
        {feelings.length > 0 && <span className="journal-entry-feelings"> · {feelings.join(', ')}</span>}
      </p>
      <Excerpts entry={entry} />
      <button ref={read} type="button" className="link-button" aria-label={text.journal.read(time)} onClick={onRead}>{text.journal.readShort}</button>
    </article>
  )
}

/** The words that recall an entry at a glance, each named for a screen reader (the names are plain to see in the entry itself). */
function Excerpts({ entry }: { entry: JournalEntry }) {
  const text = useText()
  const shown: [field: JournalField, words: string][] =
    entry.kind === 'reframe'
      ? [['harshVoice', entry.harshVoice], ['kindReply', entry.kindReply]]
      : writtenFields[entry.kind].map((field) => [field, flatten(entry)[field] ?? ''])
  const names: Partial<Record<JournalField, string>> = { ...text.journalFields.fields, ...text.journal.fields }
  return shown
    .filter(([, words]) => words.trim() !== '')
    .map(([field, words]) => (
      <p key={field} className={`journal-excerpt journal-excerpt-${field}`}>
        <span className="visually-hidden">{names[field]}: </span>
        {words}
      </p>
    ))
}

/** A letter's or three good things' written fields, by name. */
export const flatten = (entry: Exclude<JournalEntry, { kind: 'reframe' }>): Partial<Record<WrittenField, string>> => entry
