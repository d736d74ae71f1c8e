import type { Clock } from '../core/clock'
import type { UtcOffsetMinutes } from '../core/journal/local-time'

// setTimeout stores its delay in a 32-bit signed integer; longer waits fire at once. Wait in hops instead.
const longestTimeout = 2 ** 31 - 1

/** The machine's own time zone, for the instant asked about (so daylight saving is right for old times). */
export const localUtcOffset: UtcOffsetMinutes = (epochMs) => -new Date(epochMs).getTimezoneOffset()

/** The production Clock: real time, one Node timer per pending deadline. */
export const wallClock: Clock = {
  now: () => Date.now(),
  setTimer(at, fn) {
    let handle: NodeJS.Timeout
    const arm = () => {
      const delay = at - Date.now()
      if (delay > longestTimeout) handle = setTimeout(arm, longestTimeout)
      else handle = setTimeout(fn, Math.max(0, delay))
    }
    arm()
    return () => clearTimeout(handle)
  },
}
