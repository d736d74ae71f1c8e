/**
 * Every practice Kindbreak guides, as both processes need to know it: its id, its kind, how long it takes,
 * whether it asks the person to move and whether it rests on the breath. The window builds the library
 * screen from this; main picks what a timed break opens from it. Words live in the catalog; the guided
 * practices' steps live in the window's content (renderer/src/content/library/).
 */

/**
 * The practices with screens of their own, written before the player. The last three write in the journal,
 * each its own kind of entry (common/journal-kinds.ts).
 */
export const corePracticeIds = ['compassion-break', 'breathe', 'touch', 'reframe', 'letter', 'good-things'] as const
export type CorePracticeId = (typeof corePracticeIds)[number]

/** The practices the guided-practice player plays, each a list of steps. */
export const guidedPracticeIds = [
  'affectionate-breathing',
  'soles-of-the-feet',
  'loving-kindness',
  'body-scan',
  'mindful-listening',
  'mindful-seeing',
  'mindful-walk',
  'soften-soothe-allow',
  'compassionate-friend',
  'giving-and-receiving',
] as const
export type GuidedPracticeId = (typeof guidedPracticeIds)[number]

export const libraryPracticeIds = [...corePracticeIds, ...guidedPracticeIds] as const
export type LibraryPracticeId = (typeof libraryPracticeIds)[number]

/** What a practice is for, the library's first way of sorting. */
export const practiceKinds = ['settle', 'kindness', 'hard-moment'] as const
export type PracticeKind = (typeof practiceKinds)[number]

export interface LibraryEntry {
  id: LibraryPracticeId
  kind: PracticeKind
  /** The lengths it can be played at, in minutes, shortest first. */
  minutes: readonly number[]
  /** Asks the person to get up and move (away from the screen). */
  moving: boolean
  /** Rests attention on the breath (each such guided practice also offers an anchor that is not the breath). */
  breath: boolean
}

export const library: readonly LibraryEntry[] = [
  { id: 'compassion-break', kind: 'hard-moment', minutes: [2], moving: false, breath: false },
  { id: 'breathe', kind: 'settle', minutes: [1, 3, 5], moving: false, breath: true },
  { id: 'touch', kind: 'kindness', minutes: [1], moving: false, breath: false },
  { id: 'reframe', kind: 'hard-moment', minutes: [3], moving: false, breath: false },
  { id: 'letter', kind: 'kindness', minutes: [10], moving: false, breath: false },
  { id: 'good-things', kind: 'kindness', minutes: [3], moving: false, breath: false },
  { id: 'affectionate-breathing', kind: 'settle', minutes: [3, 5], moving: false, breath: true },
  { id: 'soles-of-the-feet', kind: 'settle', minutes: [3], moving: false, breath: false },
  { id: 'loving-kindness', kind: 'kindness', minutes: [3, 5], moving: false, breath: true },
  { id: 'body-scan', kind: 'settle', minutes: [3, 8], moving: false, breath: false },
  { id: 'mindful-listening', kind: 'settle', minutes: [3], moving: false, breath: false },
  { id: 'mindful-seeing', kind: 'settle', minutes: [3], moving: false, breath: false },
  { id: 'mindful-walk', kind: 'settle', minutes: [5, 10], moving: true, breath: false },
  { id: 'soften-soothe-allow', kind: 'hard-moment', minutes: [5], moving: false, breath: false },
  { id: 'compassionate-friend', kind: 'kindness', minutes: [8], moving: false, breath: false },
  { id: 'giving-and-receiving', kind: 'kindness', minutes: [5], moving: false, breath: true },
]

/** The library's length filter: "about 1, 3, 5 or 10 and more minutes". */
export const lengthBands = [1, 3, 5, 10] as const
export type LengthBand = (typeof lengthBands)[number]

/** The band a length belongs to: the nearest one (8 minutes is nearer 10 than 5). */
export function lengthBand(minutes: number): LengthBand {
  return lengthBands.reduce((best, band) => (Math.abs(band - minutes) < Math.abs(best - minutes) ? band : best))
}

export function libraryEntry(id: LibraryPracticeId): LibraryEntry {
  const entry = library.find((candidate) => candidate.id === id)
  if (entry === undefined) throw new Error(`no library entry for ${id}`)
  return entry
}

export function isGuidedPractice(id: string): id is GuidedPracticeId {
  return (guidedPracticeIds as readonly string[]).includes(id)
}
