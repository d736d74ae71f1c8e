import { isGuidedPractice, type LibraryPracticeId } from '../../../electron/common/library'
import type { Catalog } from '../../../electron/common/catalog'

/** The start of the window names the four first practices; the guided ones and the journal's writing name themselves. */
const homeKeys = { 'compassion-break': 'break', breathe: 'breathe', touch: 'touch', reframe: 'reframe' } as const

/** A practice's name and one line on it, from wherever the catalog keeps them. */
export function practiceWords(text: Catalog, id: LibraryPracticeId): { name: string; summary: string } {
  if (isGuidedPractice(id)) return text.guidedNames[id]
  if (id === 'letter' || id === 'good-things') return text.writingNames[id]
  const words = text.home.practices[homeKeys[id]]
  return { name: words.title, summary: words.description }
}
