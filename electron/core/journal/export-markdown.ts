import type { JournalFieldWords } from '../../common/catalog/problem-words'
import type { JournalField } from '../../common/journal-problems'
import { fieldsOfKind, flatContent, type JournalEntry, type TextField } from './entry-schema'
import { groupByLocalDay, sortNewestFirst } from './history'
import { localClockTime, type UtcOffsetMinutes } from './local-time'

export interface ReadableExportOptions {
  /** The title and the fields' names, in the person's language (the catalog's `journal` words). */
  words: JournalFieldWords
  utcOffset: UtcOffsetMinutes
  /** Turns a feeling or thinking-trap id into the words shown on its chip; defaults to the id. */
  tagLabel?: (kind: 'feeling' | 'thinkingTrap', id: string) => string
}

/** A journal a person can read in any text editor: days as headings, newest first. */
export function toMarkdown(entries: readonly JournalEntry[], options: ReadableExportOptions): string {
  const sections = groupByLocalDay(sortNewestFirst(entries), options.utcOffset).map(
    ({ day, entries: ofDay }) => [`## ${day}`, ...ofDay.map((entry) => entryMarkdown(entry, options))].join('\n\n'),
  )
  return `${[`# ${options.words.exportTitle}`, ...sections].join('\n\n')}\n`
}

function entryMarkdown(entry: JournalEntry, options: ReadableExportOptions): string {
  const label = (field: JournalField): string => options.words.fields[field]
  const tags = (kind: 'feeling' | 'thinkingTrap', ids: readonly string[]): string =>
    ids.map((id) => escapeMarkdown(options.tagLabel?.(kind, id) ?? id)).join(', ')
  const parts: string[] = [`### ${localClockTime(entry.createdAt, options.utcOffset)} · ${options.words.kinds[entry.kind]}`]
  const content = flatContent(entry)
  const addText = (field: TextField): void => {
    const text = content[field]
    if (text !== undefined && text.trim().length > 0) parts.push(`**${label(field)}**\n\n${quote(text)}`)
  }
  const addLine = (field: JournalField, value: string): void => {
    parts.push(`**${label(field)}:** ${value}`)
  }
  if (entry.kind !== 'reframe') {
    fieldsOfKind[entry.kind].forEach(addText)
    return parts.join('\n\n')
  }
  addText('situation')
  if (entry.feelings.length > 0) addLine('feelings', tags('feeling', entry.feelings))
  if (entry.intensityBefore !== undefined) addLine('intensityBefore', `${entry.intensityBefore}/10`)
  addText('harshVoice')
  addText('mindfulNaming')
  addText('commonHumanity')
  addText('kindReply')
  if (entry.intensityAfter !== undefined) addLine('intensityAfter', `${entry.intensityAfter}/10`)
  if (entry.thinkingTraps.length > 0) addLine('thinkingTraps', tags('thinkingTrap', entry.thinkingTraps))
  return parts.join('\n\n')
}

/** Written words become a block quote, so they read as the person's own and cannot become headings. */
function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.length === 0 ? '>' : `> ${escapeMarkdown(line)}`))
    .join('\n')
}

/**
 * Escapes what would otherwise change meaning when rendered: inline markup, raw HTML, and a line
 * start that looks like a heading or list item.
 */
function escapeMarkdown(line: string): string {
  return line.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/^(\s*)(#|[-+]|\d+[.)])/, '$1\\$2')
}
