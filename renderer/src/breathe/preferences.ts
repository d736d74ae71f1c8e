import type { Settings } from '../../../electron/contract'
import {
  breathingPatterns,
  customPattern,
  patternIds,
  sessionLengthChoices,
  type BreathingPattern,
  type PatternId,
  type SessionLength,
} from '../content/breathing'
import { clampCustomDurations, type CustomDurations } from './custom-pattern'

export type BreathingPreferences = Settings['breathing']

/** What the picker holds: the person's choices, in the words of the content rather than of the settings file. */
export interface BreathingChoice {
  readonly patternId: PatternId
  readonly custom: CustomDurations
  readonly length: SessionLength
  readonly givingAndReceiving: boolean
  readonly handOnHeart: boolean
}

const isPatternId = (id: string): id is PatternId => (patternIds as readonly string[]).includes(id)

const isSessionLength = (minutes: number): minutes is Exclude<SessionLength, 'until-stopped'> =>
  (sessionLengthChoices as readonly unknown[]).includes(minutes)

/**
 * The saved preferences as a choice. Settings only know that the pattern is a content id, so a pattern
 * this version does not have (an older or newer Kindbreak wrote it) quietly becomes natural rhythm.
 */
export function choiceFromPreferences(saved: BreathingPreferences): BreathingChoice {
  return {
    patternId: isPatternId(saved.pattern) ? saved.pattern : 'natural',
    custom: clampCustomDurations(saved.custom),
    length: saved.sessionMinutes !== null && isSessionLength(saved.sessionMinutes) ? saved.sessionMinutes : 'until-stopped',
    givingAndReceiving: saved.givingAndReceiving,
    handOnHeart: saved.handOnHeart,
  }
}

export function preferencesFromChoice(choice: BreathingChoice): BreathingPreferences {
  return {
    pattern: choice.patternId,
    custom: { ...choice.custom },
    sessionMinutes: choice.length === 'until-stopped' ? null : choice.length,
    givingAndReceiving: choice.givingAndReceiving,
    handOnHeart: choice.handOnHeart,
  }
}

/** The pattern a choice breathes: a preset as written, or custom with the person's own seconds. */
export function patternOfChoice(choice: Pick<BreathingChoice, 'patternId' | 'custom'>): BreathingPattern {
  if (choice.patternId === 'custom') return customPattern(choice.custom)
  const preset = breathingPatterns.find((pattern) => pattern.id === choice.patternId)
  if (preset === undefined) throw new Error(`No breathing pattern "${choice.patternId}" in the content`)
  return preset
}
