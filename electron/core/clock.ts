/**
 * The only way the core learns the time or waits for it. Production passes a wall clock backed by
 * Date.now/setTimeout; tests and the e2e harness pass a manual clock that moves only when told.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number
  /** Calls `fn` once when `now() >= at`. Returns a function that cancels the timer. */
  setTimer(at: number, fn: () => void): () => void
}
