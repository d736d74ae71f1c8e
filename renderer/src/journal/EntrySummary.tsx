import { useEffect, useRef } from 'react'
import type { JournalEntry } from '../../../electron/contract'
import { useLocale, useText } from '../i18n/use-text'
import { useChips } from '../reframe/use-chips'
import { clockTime } from './format-time'

/** Chip ids as the words on the chips; an id this version does not know is shown as it is. */
export function useChipWords(): (ids: readonly string[]) => string[] {
  const { feelings, thinkingTraps } = useChips()
  const labels = new Map([...feelings, ...thinkingTraps].map((chip) => [chip.id, chip.label]))
  return (ids) => ids.map((id) => labels.get(id) ?? id)
}

/** One entry in the history list: when, the critical words and the kind reply, and a way to read it all. */
export function EntrySummary({ entry, onRead, returning }: { entry: JournalEntry; onRead: () => void; returning: boolean }) {
  const locale = useLocale()
  const read = useRef<HTMLButtonElement>(null)
  // Back from reading this entry: the keyboard continues from where the person left the list.
  useEffect(() => {
    if (returning) read.current?.focus()
  }, [returning])
  const text = useText().journal
  const chipWords = useChipWords()
  const time = clockTime(entry.createdAt, locale)
  const feelings = chipWords(entry.feelings)
  return (
    <article className="journal-entry card">
      <p className="journal-entry-time">
        <time dateTime={new Date(entry.createdAt).toISOString()}>{time}</time>
        {feelings.length > 0 && <span className="journal-entry-feelings"> · {feelings.join(', ')}</span>}
      </p>
      {entry.harshVoice.trim() !== '' && (
        <p className="journal-excerpt journal-excerpt-harsh">
          <span className="visually-hidden">{text.fields.harshVoice}: </span>
          {entry.harshVoice}
        </p>
      )}
      {entry.kindReply.trim() !== '' && (
        <p className="journal-excerpt journal-excerpt-kind">
          <span className="visually-hidden">{text.fields.kindReply}: </span>
          {entry.kindReply}
        </p>
      )}
      <button ref={read} type="button" className="link-button" aria-label={text.read(time)} onClick={onRead}>{text.readShort}</button>
    </article>
  )
}
