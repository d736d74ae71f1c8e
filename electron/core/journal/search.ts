import type { JournalKind } from '../../common/journal-kinds'
import { flatContent, TEXT_FIELDS, type JournalEntry } from './entry-schema'

export interface JournalQuery {
  /** Free text; every word must appear somewhere in the entry's text fields. */
  text?: string
  /** Keep entries of these kinds (empty or absent: every kind). */
  kinds?: readonly JournalKind[]
  /** Keep entries with at least one of these feelings (empty or absent: no filter). */
  feelings?: readonly string[]
  /** Keep entries with at least one of these thinking traps (empty or absent: no filter). */
  thinkingTraps?: readonly string[]
}

/**
 * Folds text for matching: lower-cases, decomposes accents (NFD) and drops the combining marks
 * (lower-casing first, because "İ" lower-cases into "i" plus a mark),
 * so "Café", "cafe" and "CAFÉ" all meet. Applied to both query and entries, so scripts whose vowel
 * signs are marks (Devanagari, Arabic) still match themselves.
 */
export function foldForSearch(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
}

/**
 * A searcher that remembers each entry's folded text. Entries are immutable values, so caching by
 * object identity is exact: an edit produces a new object and a fresh fold.
 */
export function createJournalSearch(): { search(entries: readonly JournalEntry[], query: JournalQuery): JournalEntry[] } {
  const foldedText = new WeakMap<JournalEntry, string>()
  const haystackOf = (entry: JournalEntry): string => {
    let folded = foldedText.get(entry)
    if (folded === undefined) {
      const content = flatContent(entry)
      folded = foldForSearch(TEXT_FIELDS.map((field) => content[field] ?? '').join('\n'))
      foldedText.set(entry, folded)
    }
    return folded
  }
  return {
    search(entries, query) {
      const words = foldForSearch(query.text ?? '').split(/\s+/u).filter((word) => word.length > 0)
      const feelings = new Set(query.feelings ?? [])
      const traps = new Set(query.thinkingTraps ?? [])
      const kinds = new Set(query.kinds ?? [])
      return entries.filter(
        (entry) =>
          (kinds.size === 0 || kinds.has(entry.kind)) &&
          // Only a reframing has chips, so a chip filter keeps only reframings.
          sharesAny(flatContent(entry).feelings ?? [], feelings) &&
          sharesAny(flatContent(entry).thinkingTraps ?? [], traps) &&
          (words.length === 0 || containsAll(haystackOf(entry), words)),
      )
    },
  }
}

function sharesAny(tags: readonly string[], wanted: ReadonlySet<string>): boolean {
  return wanted.size === 0 || tags.some((tag) => wanted.has(tag))
}

function containsAll(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word))
}
