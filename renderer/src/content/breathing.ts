import { customPhases, defaultCustomDurations } from '../breathe/custom-pattern'
import type { BreathPhase, PhaseCycle, PhaseKind } from '../breathe/pattern'
import type { PracticeWords } from '../../../electron/common/catalog/en-practices'

/**
 * What the breathing guide paces, as data: the patterns, their phases and the session lengths. Their words
 * (names, phase labels, the calm lines) are in the catalog's `practices.breathe`, keyed by these ids.
 */

type BreatheWords = PracticeWords['breathe']

/** In the order of the picker; checked against the catalog's keys, so a pattern without a name does not compile. */
export const patternIds = ['natural', 'box', '478', 'coherent', 'extended-exhale', 'sigh', 'custom'] as const satisfies readonly (keyof BreatheWords['patterns'])[]
export type PatternId = (typeof patternIds)[number]

export interface BreathingPattern extends PhaseCycle {
  readonly id: PatternId
  /** Empty for natural rhythm: nothing is paced. */
  readonly phases: readonly BreathPhase[]
}

const phase = (kind: PhaseKind, seconds: number): BreathPhase => ({ kind, seconds })

export const breathingPatterns: readonly BreathingPattern[] = [
  { id: 'natural', phases: [] },
  { id: 'box', phases: [phase('in', 4), phase('hold-in', 4), phase('out', 4), phase('hold-out', 4)] },
  { id: '478', phases: [phase('in', 4), phase('hold-in', 7), phase('out', 8), phase('hold-out', 0)] },
  { id: 'coherent', phases: [phase('in', 5.5), phase('hold-in', 0), phase('out', 5.5), phase('hold-out', 0)] },
  { id: 'extended-exhale', phases: [phase('in', 4), phase('hold-in', 0), phase('out', 6), phase('hold-out', 0)] },
  {
    id: 'sigh',
    // The sigh is two inhales and one long exhale. 3 s fills the lungs comfortably, 1 s is enough
    // for the short top-up sip, and 6 s lets the breath out take longer than both breaths in together,
    // which is the part that matters. 10 s a cycle keeps it slow (six sighs a minute) without strain.
    phases: [phase('in', 3), phase('top-up', 1), phase('out', 6)],
  },
  { id: 'custom', phases: customPhases(defaultCustomDurations) },
]

/** The custom pattern with the person's own durations (clamped to the allowed limits). */
export const customPattern = (durations: unknown): BreathingPattern => ({ id: 'custom', phases: customPhases(durations) })

/**
 * What the live region announces as a phase begins. Giving and receiving says the in-breath is for me and
 * the out-breath for others, in the person's own first-person words; holds keep their plain label.
 */
export function phaseLabel(
  kind: PhaseKind,
  options: { givingAndReceiving: boolean },
  words: Pick<BreatheWords, 'phaseLabels' | 'givingAndReceivingLabels'>,
): string {
  if (options.givingAndReceiving && (kind === 'in' || kind === 'top-up' || kind === 'out')) {
    return words.givingAndReceivingLabels[kind]
  }
  return words.phaseLabels[kind]
}

/** Session lengths offered, in minutes, or until the person stops. */
export const sessionLengthChoices = [1, 2, 3, 4, 5, 'until-stopped'] as const
export type SessionLength = (typeof sessionLengthChoices)[number]

export type SessionMinutes = Exclude<SessionLength, 'until-stopped'>

/** The session's running time in ms, or null for "until I stop". */
export function sessionLengthMs(length: SessionMinutes): number
export function sessionLengthMs(length: SessionLength): number | null
export function sessionLengthMs(length: SessionLength): number | null {
  return length === 'until-stopped' ? null : length * 60_000
}

/** A session length as the picker words it ("2 minutes", "Until I stop"). */
export const sessionLengthLabel = (length: SessionLength, words: BreatheWords['lengths']): string =>
  length === 'until-stopped' ? words.untilStopped : words.minutes(length)
