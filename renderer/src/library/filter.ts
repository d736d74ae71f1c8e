import { lengthBand, type LengthBand, type LibraryEntry, type PracticeKind } from '../../../electron/common/library'

/** The library's four ways of narrowing the list; null means "any". */
export interface LibraryFilter {
  kind: PracticeKind | null
  length: LengthBand | null
  moving: boolean | null
  breath: boolean | null
}

export const anyPractice: LibraryFilter = { kind: null, length: null, moving: null, breath: null }

/** The practices that match every choice; a practice matches a length when any of its lengths is in that band. */
export function filterLibrary(entries: readonly LibraryEntry[], filter: LibraryFilter): LibraryEntry[] {
  return entries.filter(
    (entry) =>
      (filter.kind === null || entry.kind === filter.kind) &&
      (filter.length === null || entry.minutes.some((minutes) => lengthBand(minutes) === filter.length)) &&
      (filter.moving === null || entry.moving === filter.moving) &&
      (filter.breath === null || entry.breath === filter.breath),
  )
}

/** Marks or unmarks a favourite; the rest keep the order the person marked them in. */
export function toggleFavourite<T>(favourites: readonly T[], id: T): T[] {
  return favourites.includes(id) ? favourites.filter((kept) => kept !== id) : [...favourites, id]
}
