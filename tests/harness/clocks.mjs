// Clocks for the app's Clock port (electron/core/clock.ts). The harness never fakes its own process's timers:
// Playwright needs real ones. The app's time is moved through the port instead.

/**
 * Time moves only when told. advance(ms) is time passing: due timers fire in deadline order (arming order
 * for equal deadlines), each seeing its own deadline as now. jump(ms) is the wall clock being set, by a
 * person or NTP: see below. The harness, the unit tests and the benches all use this one clock.
 */
export function createManualClock(start) {
  let now = start
  let nextId = 1
  const timers = new Map()
  /** Timers armed and fired so far, and the most ever pending at once (a driver that never double-arms keeps it at 1). */
  const stats = { armed: 0, fired: 0, maxPending: 0 }
  return {
    stats,
    now: () => now,
    setTimer(at, fn) {
      const id = nextId++
      timers.set(id, { at, fn, id })
      stats.armed += 1
      stats.maxPending = Math.max(stats.maxPending, timers.size)
      return () => void timers.delete(id)
    },
    pending: () => timers.size,
    /** The deadlines of every timer still pending, earliest first. */
    deadlines: () => [...timers.values()].map(({ at }) => at).sort((a, b) => a - b),
    /** Advances to now + ms, firing every timer due on the way. */
    advance(ms) {
      const target = now + ms
      for (;;) {
        const due = [...timers.values()].filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0]
        if (!due) break
        timers.delete(due.id)
        now = Math.max(now, due.at)
        stats.fired += 1
        due.fn()
      }
      now = target
    },
    /**
     * The wall clock is set forward or back by `ms`. Node's timers run on a monotonic clock, so pending
     * timers still fire after the same wait: they move with the jump, and fire later than their deadline.
     */
    jump(ms) {
      now += ms
      for (const timer of timers.values()) timer.at += ms
    },
    dispose: () => timers.clear(),
  }
}

/** Real time, with every pending timer remembered so quit() can leave nothing behind in the test process. */
export function createRealClock() {
  const handles = new Set()
  const stats = { armed: 0, fired: 0 }
  return {
    stats,
    now: () => Date.now(),
    setTimer(at, fn) {
      stats.armed += 1
      const handle = setTimeout(() => {
        handles.delete(handle)
        stats.fired += 1
        fn()
      }, Math.max(0, Math.min(at - Date.now(), 2 ** 31 - 1)))
      handles.add(handle)
      return () => {
        clearTimeout(handle)
        handles.delete(handle)
      }
    },
    pending: () => handles.size,
    dispose() {
      for (const handle of handles) clearTimeout(handle)
      handles.clear()
    },
  }
}
