import type { Clock } from '../../electron/core/clock'

/**
 * A Clock whose time moves only when told. `tick` fires due timers in deadline order (time is set to each
 * deadline before its callback runs, so callbacks see the instant they asked for); `jump` moves the wall
 * clock like a person or NTP setting it, firing whatever the jump made due. It counts armed and fired timers
 * and the most timers ever pending at once, so tests can show the driver never polls or double-arms.
 */
export interface ManualClock extends Clock {
  tick(ms: number): void
  jump(ms: number): void
  readonly armed: number
  readonly fired: number
  readonly pending: number
  readonly maxPending: number
}

interface PendingTimer {
  at: number
  order: number
  fn: () => void
}

export function createManualClock(start: number): ManualClock {
  let time = start
  let armed = 0
  let fired = 0
  let maxPending = 0
  const timers = new Set<PendingTimer>()

  function earliestDue(until: number): PendingTimer | undefined {
    let earliest: PendingTimer | undefined
    for (const timer of timers) {
      if (timer.at > until) continue
      if (!earliest || timer.at < earliest.at || (timer.at === earliest.at && timer.order < earliest.order)) {
        earliest = timer
      }
    }
    return earliest
  }

  function fireUntil(until: number): void {
    for (let timer = earliestDue(until); timer !== undefined; timer = earliestDue(until)) {
      timers.delete(timer)
      time = Math.max(time, timer.at)
      fired++
      timer.fn()
    }
    time = until
  }

  return {
    now: () => time,
    setTimer(at, fn) {
      const timer = { at, order: armed++, fn }
      timers.add(timer)
      maxPending = Math.max(maxPending, timers.size)
      return () => {
        timers.delete(timer)
      }
    },
    tick(ms) {
      fireUntil(time + ms)
    },
    jump(ms) {
      time += ms
      fireUntil(time)
    },
    get armed() {
      return armed
    },
    get fired() {
      return fired
    },
    get pending() {
      return timers.size
    },
    get maxPending() {
      return maxPending
    },
  }
}
