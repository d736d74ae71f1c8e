import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { wallClock } from '../../electron/platform/wall-clock'

const longestTimeout = 2 ** 31 - 1
const start = Date.UTC(2026, 10, 26, 9, 0, 0)

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(start)
})
afterEach(() => vi.useRealTimers())

describe('wallClock', () => {
  it('tells the real time', () => {
    expect(wallClock.now()).toBe(start)
    vi.advanceTimersByTime(1500)
    expect(wallClock.now()).toBe(start + 1500)
  })

  it('fires once at the deadline, not before', () => {
    const fired = vi.fn()
    wallClock.setTimer(start + 45 * 60_000, fired)
    vi.advanceTimersByTime(45 * 60_000 - 1)
    expect(fired).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fired).toHaveBeenCalledOnce()
    vi.advanceTimersByTime(24 * 3_600_000)
    expect(fired).toHaveBeenCalledOnce()
  })

  it('fires at once for a deadline already past', () => {
    const fired = vi.fn()
    wallClock.setTimer(start - 10_000, fired)
    vi.advanceTimersByTime(0)
    expect(fired).toHaveBeenCalledOnce()
  })

  it.each([
    ['just over the 32-bit limit', longestTimeout + 1],
    ['a pause "until I resume" stored as a month', 31 * 24 * 3_600_000],
    ['several hops', 3 * longestTimeout + 12_345],
  ])('does not fire early for a delay %s', (_what, delay) => {
    const fired = vi.fn()
    wallClock.setTimer(start + delay, fired)
    vi.advanceTimersByTime(delay - 1)
    expect(fired).not.toHaveBeenCalled()
    expect(wallClock.now()).toBe(start + delay - 1)
    vi.advanceTimersByTime(1)
    expect(fired).toHaveBeenCalledOnce()
  })

  it('cancels a short timer', () => {
    const fired = vi.fn()
    const cancel = wallClock.setTimer(start + 1000, fired)
    cancel()
    vi.advanceTimersByTime(10_000)
    expect(fired).not.toHaveBeenCalled()
  })

  it('cancels a long timer after it has already hopped', () => {
    const fired = vi.fn()
    const cancel = wallClock.setTimer(start + 2 * longestTimeout, fired)
    vi.advanceTimersByTime(longestTimeout + 5)
    cancel()
    vi.advanceTimersByTime(2 * longestTimeout)
    expect(fired).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('keeps one pending Node timer per deadline while it waits', () => {
    wallClock.setTimer(start + 3 * longestTimeout, vi.fn())
    expect(vi.getTimerCount()).toBe(1)
    vi.advanceTimersByTime(longestTimeout)
    expect(vi.getTimerCount()).toBe(1)
  })
})
