import type { BreathPhase, PhaseKind } from './pattern'

/**
 * The rules for a pattern the person sets up themselves: each phase 0–20 s in 0.5 s steps, and the
 * breath in and the breath out at least 1 s (a 0 s hold is simply skipped; a 0 s breath is not a breath).
 */
export const customPhaseKinds = ['in', 'hold-in', 'out', 'hold-out'] as const satisfies readonly PhaseKind[]
export type CustomPhaseKind = (typeof customPhaseKinds)[number]

/** Seconds for each phase of a custom pattern, in the order they are breathed. */
export type CustomDurations = Readonly<Record<CustomPhaseKind, number>>

export const customLimits = {
  maxSeconds: 20,
  stepSeconds: 0.5,
  minSeconds: { in: 1, 'hold-in': 0, out: 1, 'hold-out': 0 },
} as const satisfies { maxSeconds: number; stepSeconds: number; minSeconds: CustomDurations }

/** What a new custom pattern starts from: a gentle, slightly longer out-breath with a short pause at the top. */
export const defaultCustomDurations: CustomDurations = { in: 4, 'hold-in': 2, out: 6, 'hold-out': 0 }

export type CustomDurationProblem = 'not-a-number' | 'below-minimum' | 'above-maximum' | 'off-step'

export type CustomDurationsCheck =
  | { readonly ok: true; readonly durations: CustomDurations }
  | { readonly ok: false; readonly problems: Readonly<Partial<Record<CustomPhaseKind, CustomDurationProblem>>> }

/** The one place that lists the fields, so building durations can never forget one. */
const durationsFrom = (secondsOf: (kind: CustomPhaseKind) => number): CustomDurations => ({
  in: secondsOf('in'),
  'hold-in': secondsOf('hold-in'),
  out: secondsOf('out'),
  'hold-out': secondsOf('hold-out'),
})

const fieldOf = (input: unknown, kind: CustomPhaseKind): unknown =>
  typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[kind] : undefined

const problemWith = (value: unknown, kind: CustomPhaseKind): CustomDurationProblem | null => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not-a-number'
  if (value < customLimits.minSeconds[kind]) return 'below-minimum'
  if (value > customLimits.maxSeconds) return 'above-maximum'
  if (!Number.isInteger(value / customLimits.stepSeconds)) return 'off-step'
  return null
}

/** Accepts exactly the durations the rules allow; says which phase is wrong and why otherwise. */
export function checkCustomDurations(input: unknown): CustomDurationsCheck {
  const problems: Partial<Record<CustomPhaseKind, CustomDurationProblem>> = {}
  for (const kind of customPhaseKinds) {
    const problem = problemWith(fieldOf(input, kind), kind)
    if (problem !== null) problems[kind] = problem
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  // Every field was just checked to be a number.
  return { ok: true, durations: durationsFrom((kind) => fieldOf(input, kind) as number) }
}

const clampSeconds = (value: unknown, kind: CustomPhaseKind): number => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return defaultCustomDurations[kind]
  const onStep = Math.round(value / customLimits.stepSeconds) * customLimits.stepSeconds
  return Math.min(customLimits.maxSeconds, Math.max(customLimits.minSeconds[kind], onStep))
}

/**
 * Turns anything (a slider value, an old saved setting) into valid durations: rounds to the nearest
 * step, keeps each phase within its limits, and uses the default for a phase that is missing or not a number.
 */
export function clampCustomDurations(input: unknown): CustomDurations {
  return durationsFrom((kind) => clampSeconds(fieldOf(input, kind), kind))
}

/** The phases of a custom pattern; clamped first, so the timeline never sees an impossible pattern. */
export const customPhases = (durations: unknown): readonly BreathPhase[] => {
  const valid = clampCustomDurations(durations)
  return customPhaseKinds.map((kind) => ({ kind, seconds: valid[kind] }))
}
