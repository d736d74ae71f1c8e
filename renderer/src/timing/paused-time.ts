/**
 * A span of a session during which the person had paused, in ms since the session started on the same
 * steady clock (performance.now()). `toMs: null` means the pause is still going on.
 */
export interface PausedSpan {
  readonly fromMs: number
  readonly toMs: number | null
}

/**
 * How much of the first `rawElapsedMs` of a session was spent paused. Spans are clipped to that
 * window, and overlapping spans count once, so a doubled pause can never remove time twice.
 */
export function pausedMsWithin(spans: readonly PausedSpan[], rawElapsedMs: number): number {
  const within = (ms: number) => Math.min(Math.max(ms, 0), rawElapsedMs)
  const clipped = spans
    .map((span) => ({ from: within(span.fromMs), to: within(span.toMs ?? rawElapsedMs) }))
    .filter((span) => span.to > span.from)
    .sort((a, b) => a.from - b.from)
  let total = 0
  let coveredUntil = 0
  for (const span of clipped) {
    total += Math.max(0, span.to - Math.max(span.from, coveredUntil))
    coveredUntil = Math.max(coveredUntil, span.to)
  }
  return total
}

/** Time the session has actually been running: time since the start, minus the pauses. Never negative. */
export function activeMsAt(rawElapsedMs: number, spans: readonly PausedSpan[]): number {
  const raw = Math.max(0, rawElapsedMs)
  return raw - pausedMsWithin(spans, raw)
}
