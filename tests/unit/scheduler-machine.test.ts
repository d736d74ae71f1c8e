import { describe, expect, it } from 'vitest'
import { createSchedulerState, step } from '../../electron/core/scheduler/machine'
import { pauseUntil } from '../../electron/core/scheduler/pause'
import type { SchedulerState } from '../../electron/core/scheduler/types'
import { nextWakeAt } from '../../electron/core/scheduler/wake'
import { HOUR, MINUTE, SECOND, T0, opensPopup, recordsOf, run, settingsWith } from './scheduler-fixtures'

const settings = settingsWith()
const started = (now = T0, s = settings): SchedulerState => run(createSchedulerState(now), s, [{ type: 'restored' }, now]).state

/** Fires the scheduler's own wakes up to `until`, as the driver's timer would. */
function fireWakesUntil(state: SchedulerState, until: number, s = settings) {
  let current = state
  const fired: ReturnType<typeof step>['effects'] = []
  for (let wake = nextWakeAt(current, s, current.lastSeenAt); wake !== null && wake <= until; ) {
    const result = step(current, { type: 'due' }, wake, s)
    current = result.state
    fired.push(...result.effects)
    wake = nextWakeAt(current, s, wake)
  }
  return { state: current, effects: fired }
}

describe('the interval and the heads-up', () => {
  it('starts counting an interval on the first start and wakes one heads-up before the break', () => {
    const state = started()
    expect(state.phase).toMatchObject({ kind: 'counting', dueAt: T0 + 45 * MINUTE })
    expect(nextWakeAt(state, settings, T0)).toBe(T0 + 44 * MINUTE)
  })

  it('announces the break a minute ahead, then starts it on time', () => {
    const atHeadsUp = step(started(), { type: 'due' }, T0 + 44 * MINUTE, settings)
    expect(atHeadsUp.effects).toContainEqual({ type: 'showHeadsUp', breakAt: T0 + 45 * MINUTE })
    const atBreak = step(atHeadsUp.state, { type: 'due' }, T0 + 45 * MINUTE, settings)
    expect(atBreak.effects).toContainEqual({ type: 'startBreak' })
    expect(atBreak.state.phase.kind).toBe('due')
  })

  it('goes straight to the break when the heads-up is off', () => {
    const quiet = settingsWith({ headsUpSeconds: 0 })
    const state = started(T0, quiet)
    expect(nextWakeAt(state, quiet, T0)).toBe(T0 + 45 * MINUTE)
    const { effects } = step(state, { type: 'due' }, T0 + 45 * MINUTE, quiet)
    expect(effects.filter(opensPopup)).toEqual([{ type: 'startBreak' }])
  })

  it('"Start now" starts the break at once', () => {
    const headsUp = step(started(), { type: 'due' }, T0 + 44 * MINUTE, settings).state
    const { state, effects } = step(headsUp, { type: 'startNow' }, T0 + 44 * MINUTE + 5 * SECOND, settings)
    expect(effects).toContainEqual({ type: 'startBreak' })
    expect(state.phase.kind).toBe('due')
  })

  it('records a started and a completed break with its duration, and counts the next interval from its end', () => {
    const due = fireWakesUntil(started(), T0 + 45 * MINUTE).state
    const { state, effects } = run(
      due,
      settings,
      [{ type: 'breakStarted' }, T0 + 45 * MINUTE + 10 * SECOND],
      [{ type: 'breakEnded', completed: true }, T0 + 48 * MINUTE + 10 * SECOND],
    )
    expect(recordsOf(effects)).toEqual([
      { type: 'record', kind: 'started', at: T0 + 45 * MINUTE + 10 * SECOND },
      { type: 'record', kind: 'completed', at: T0 + 48 * MINUTE + 10 * SECOND, durationMs: 3 * MINUTE },
    ])
    expect(state.phase).toMatchObject({ kind: 'counting', dueAt: T0 + 93 * MINUTE + 10 * SECOND })
  })

  it('counts a break window closed early as skipped', () => {
    const { effects } = run(
      started(),
      settings,
      [{ type: 'breakStarted' }, T0 + MINUTE],
      [{ type: 'breakEnded', completed: false }, T0 + 2 * MINUTE],
    )
    expect(recordsOf(effects).at(-1)).toEqual({ type: 'record', kind: 'skipped', at: T0 + 2 * MINUTE, durationMs: MINUTE })
  })

  it('lets an unanswered break go after a whole interval, and closes a break window left open as long', () => {
    const due = fireWakesUntil(started(), T0 + 45 * MINUTE).state
    const letGo = fireWakesUntil(due, T0 + 90 * MINUTE)
    expect(letGo.effects).toContainEqual({ type: 'record', kind: 'skipped', at: T0 + 45 * MINUTE })
    expect(letGo.effects).toContainEqual({ type: 'hidePopup' })
    expect(letGo.state.phase).toMatchObject({ kind: 'counting', since: T0 + 90 * MINUTE })

    const inBreak = step(started(), { type: 'breakStarted' }, T0, settings).state
    const closed = fireWakesUntil(inBreak, T0 + 45 * MINUTE)
    expect(closed.effects).toContainEqual({ type: 'hidePopup' })
    expect(closed.state.phase.kind).toBe('counting')
  })
})

describe('snooze and skip', () => {
  const atHeadsUp = () => step(started(), { type: 'due' }, T0 + 44 * MINUTE, settings).state

  it('a snooze hides the popup, records it, and brings the heads-up back after the snooze length', () => {
    const snoozedAt = T0 + 44 * MINUTE + 20 * SECOND
    const { state, effects } = step(atHeadsUp(), { type: 'snooze' }, snoozedAt, settings)
    expect(effects).toContainEqual({ type: 'hidePopup' })
    expect(recordsOf(effects)).toEqual([{ type: 'record', kind: 'snoozed', at: snoozedAt }])
    expect(nextWakeAt(state, settings, snoozedAt)).toBe(snoozedAt + 5 * MINUTE)
    expect(state.phase).toMatchObject({ kind: 'counting', dueAt: snoozedAt + 6 * MINUTE, snoozes: 1 })
  })

  it('without a heads-up the break itself returns after the snooze length', () => {
    const quiet = settingsWith({ headsUpSeconds: 0, snoozeMinutes: 10 })
    const due = fireWakesUntil(started(T0, quiet), T0 + 45 * MINUTE, quiet).state
    const { state } = step(due, { type: 'snooze' }, T0 + 46 * MINUTE, quiet)
    expect(nextWakeAt(state, quiet, T0 + 46 * MINUTE)).toBe(T0 + 56 * MINUTE)
  })

  it('refuses a snooze beyond the limit for this break, and the count starts over for the next break', () => {
    const limited = settingsWith({ maxSnoozes: 2 })
    let state = fireWakesUntil(started(T0, limited), T0 + 44 * MINUTE, limited).state
    let now = T0 + 44 * MINUTE
    for (let snooze = 0; snooze < 2; snooze++) {
      state = step(state, { type: 'snooze' }, now, limited).state
      now = nextWakeAt(state, limited, now) ?? Number.NaN
      state = step(state, { type: 'due' }, now, limited).state
      expect(state.phase.kind).toBe('heads-up')
    }
    const refused = step(state, { type: 'snooze' }, now, limited)
    expect(refused.state.phase).toEqual(state.phase)
    expect(recordsOf(refused.effects)).toEqual([])

    const skipped = step(state, { type: 'skip' }, now, limited).state
    const nextHeadsUp = fireWakesUntil(skipped, now + 44 * MINUTE, limited).state
    expect(step(nextHeadsUp, { type: 'snooze' }, now + 44 * MINUTE, limited).state.phase).toMatchObject({ snoozes: 1 })
  })

  it('a skip records it and counts a full interval from now', () => {
    const skippedAt = T0 + 44 * MINUTE + 30 * SECOND
    const { state, effects } = step(atHeadsUp(), { type: 'skip' }, skippedAt, settings)
    expect(effects).toContainEqual({ type: 'hidePopup' })
    expect(recordsOf(effects)).toEqual([{ type: 'record', kind: 'skipped', at: skippedAt }])
    expect(state.phase).toMatchObject({ kind: 'counting', dueAt: skippedAt + 45 * MINUTE, snoozes: 0 })
  })

  it('strict mode refuses skipping', () => {
    const strict = settingsWith({ strict: true })
    const headsUp = fireWakesUntil(started(T0, strict), T0 + 44 * MINUTE, strict).state
    for (const event of [{ type: 'skip' }, { type: 'skipNext' }] as const) {
      const result = step(headsUp, event, T0 + 44 * MINUTE, strict)
      expect(result.state.phase).toEqual(headsUp.phase)
      expect(result.effects).toEqual([])
    }
  })

  it('"Skip next break" moves the coming break one interval later', () => {
    const { state, effects } = step(started(), { type: 'skipNext' }, T0 + 10 * MINUTE, settings)
    expect(state.phase).toMatchObject({ kind: 'counting', since: T0 + 45 * MINUTE, dueAt: T0 + 90 * MINUTE })
    expect(recordsOf(effects)).toEqual([{ type: 'record', kind: 'skipped', at: T0 + 10 * MINUTE }])
  })
})

describe('pause', () => {
  it('gives the menu durations exactly, and null until resumed', () => {
    expect(pauseUntil('30m', T0, settings)).toBe(T0 + 30 * MINUTE)
    expect(pauseUntil('1h', T0, settings)).toBe(T0 + HOUR)
    expect(pauseUntil('2h', T0, settings)).toBe(T0 + 2 * HOUR)
    expect(pauseUntil('indefinitely', T0, settings)).toBeNull()
  })

  it('hides a heads-up, offers nothing while paused, and starts a fresh interval when the pause ends', () => {
    const headsUp = fireWakesUntil(started(), T0 + 44 * MINUTE).state
    const paused = step(headsUp, { type: 'pause', until: T0 + 74 * MINUTE }, T0 + 44 * MINUTE, settings)
    expect(paused.effects).toContainEqual({ type: 'hidePopup' })
    expect(nextWakeAt(paused.state, settings, T0 + 44 * MINUTE)).toBe(T0 + 74 * MINUTE)
    const through = fireWakesUntil(paused.state, T0 + 74 * MINUTE)
    expect(through.effects.filter(opensPopup)).toEqual([])
    expect(through.state.pause).toBeNull()
    expect(through.state.phase).toMatchObject({ kind: 'counting', dueAt: T0 + 119 * MINUTE })
  })

  it('paused until resumed: no wake at all, and resuming starts a fresh interval', () => {
    const paused = step(started(), { type: 'pause', until: null }, T0 + MINUTE, settings).state
    expect(nextWakeAt(paused, settings, T0 + MINUTE)).toBeNull()
    const resumed = step(paused, { type: 'resumeBreaks' }, T0 + 5 * HOUR, settings).state
    expect(resumed.phase).toMatchObject({ kind: 'counting', dueAt: T0 + 5 * HOUR + 45 * MINUTE })
  })

  it('ignores a pause that would already be over', () => {
    const state = started()
    expect(step(state, { type: 'pause', until: T0 }, T0 + MINUTE, settings).state.pause).toBeNull()
  })
})

describe('natural breaks from idle readings', () => {
  it('counts one absence of at least a break length once, and restarts the interval while it lasts', () => {
    const state = started()
    const first = step(state, { type: 'idle', seconds: 200 }, T0 + 20 * MINUTE, settings)
    expect(recordsOf(first.effects)).toEqual([
      { type: 'record', kind: 'natural', at: T0 + 20 * MINUTE - 200 * SECOND, durationMs: 200 * SECOND },
    ])
    expect(first.state.phase).toMatchObject({ kind: 'counting', dueAt: T0 + 65 * MINUTE })
    const later = step(first.state, { type: 'idle', seconds: 260 }, T0 + 21 * MINUTE, settings)
    expect(recordsOf(later.effects)).toEqual([])
    expect(later.state.phase).toMatchObject({ dueAt: T0 + 66 * MINUTE })
    // Back for a while, then away again: a new absence.
    const again = step(later.state, { type: 'idle', seconds: 200 }, T0 + 40 * MINUTE, settings)
    expect(recordsOf(again.effects)).toHaveLength(1)
  })

  it('ignores shorter absences, a platform that always reports 0, and a person who turned it off', () => {
    const state = started()
    for (const [seconds, s] of [
      [179, settings],
      [0, settings],
      [3600, settingsWith({ naturalBreaks: false })],
    ] as const) {
      const result = step(state, { type: 'idle', seconds }, T0 + 20 * MINUTE, s)
      expect(result.effects).toEqual([])
      expect(result.state.phase).toEqual(state.phase)
    }
  })

  it('a deadline reached while nobody is there restarts quietly instead of showing a popup', () => {
    const { effects, state } = step(started(), { type: 'due', idleSeconds: 600 }, T0 + 44 * MINUTE, settings)
    expect(effects.filter(opensPopup)).toEqual([])
    expect(recordsOf(effects).map((record) => record.kind)).toEqual(['natural'])
    expect(state.phase).toMatchObject({ kind: 'counting', dueAt: T0 + 89 * MINUTE })
  })
})

describe('sleep, lock and clock changes', () => {
  it('a short sleep pauses the countdown: the remaining time continues after it', () => {
    const { state, effects } = run(started(), settings, [{ type: 'suspend' }, T0 + 10 * MINUTE], [{ type: 'resume' }, T0 + 12 * MINUTE])
    expect(recordsOf(effects)).toEqual([])
    expect(state.phase).toMatchObject({ kind: 'counting', dueAt: T0 + 47 * MINUTE })
  })

  it('a long sleep is a natural break: recorded once, no popup, a fresh interval', () => {
    const suspended = step(started(), { type: 'suspend' }, T0 + 40 * MINUTE, settings).state
    expect(nextWakeAt(suspended, settings, T0 + 40 * MINUTE)).toBeNull()
    const { state, effects } = step(suspended, { type: 'resume' }, T0 + 8 * HOUR, settings)
    expect(effects.filter(opensPopup)).toEqual([])
    expect(recordsOf(effects)).toEqual([
      { type: 'record', kind: 'natural', at: T0 + 40 * MINUTE, durationMs: 8 * HOUR - 40 * MINUTE },
    ])
    expect(state.phase).toMatchObject({ kind: 'counting', dueAt: T0 + 8 * HOUR + 45 * MINUTE })
    // The idle reading right after waking describes the same absence: not a second natural break.
    const lastInputAt = T0 + 39 * MINUTE
    const idle = step(state, { type: 'idle', seconds: (T0 + 8 * HOUR + MINUTE - lastInputAt) / SECOND }, T0 + 8 * HOUR + MINUTE, settings)
    expect(recordsOf(idle.effects)).toEqual([])
  })

  it('a person acting while we believe the system sleeps wakes the scheduler', () => {
    const suspended = step(started(), { type: 'suspend' }, T0 + 10 * MINUTE, settings).state
    const { state } = step(suspended, { type: 'pause', until: null }, T0 + 11 * MINUTE, settings)
    expect(state.suspendedAt).toBeNull()
    expect(state.pause).toEqual({ until: null })
  })

  it('the clock set back keeps the remaining time as last seen: the break comes later, never early or stuck', () => {
    const now = T0 + 10 * MINUTE - HOUR
    const { state, effects } = step(started(), { type: 'clockChanged' }, now, settings)
    expect(effects.filter(opensPopup)).toEqual([])
    expect(state.phase).toMatchObject({ kind: 'counting', dueAt: now + 45 * MINUTE })
    expect(nextWakeAt(state, settings, now)).toBe(now + 44 * MINUTE)
  })

  it('time lost unseen (a missed sleep, the clock set forward) restarts the interval quietly', () => {
    const { state, effects } = step(started(), { type: 'clockChanged' }, T0 + 3 * HOUR, settings)
    expect(effects.filter(opensPopup)).toEqual([])
    expect(recordsOf(effects)).toEqual([])
    expect(state.phase).toMatchObject({ kind: 'counting', dueAt: T0 + 3 * HOUR + 45 * MINUTE })
  })

  it('a timer only slightly late still fires the one break that is due', () => {
    const { effects } = step(started(), { type: 'due' }, T0 + 45 * MINUTE + 30 * SECOND, settings)
    expect(effects.filter(opensPopup)).toEqual([{ type: 'startBreak' }])
  })
})

describe('settings changes and restarts', () => {
  it('a new interval applies to the running one, but never sooner than a heads-up away', () => {
    const state = started()
    const longer = step(state, { type: 'settingsChanged' }, T0 + 10 * MINUTE, settingsWith({ intervalMinutes: 60 }))
    expect(longer.state.phase).toMatchObject({ dueAt: T0 + 60 * MINUTE })
    const shorter = step(state, { type: 'settingsChanged' }, T0 + 10 * MINUTE, settingsWith({ intervalMinutes: 5 }))
    expect(shorter.state.phase).toMatchObject({ kind: 'heads-up', dueAt: T0 + 11 * MINUTE })
  })

  it('after a restart a heads-up is shown again and a break under way counts as skipped', () => {
    const headsUp = fireWakesUntil(started(), T0 + 44 * MINUTE).state
    const restored = step(headsUp, { type: 'restored' }, T0 + 44 * MINUTE + 10 * SECOND, settings)
    expect(restored.effects.filter(opensPopup)).toEqual([{ type: 'showHeadsUp', breakAt: T0 + 45 * MINUTE }])

    const inBreak = step(started(), { type: 'breakStarted' }, T0 + MINUTE, settings).state
    const afterCrash = step(inBreak, { type: 'restored' }, T0 + 2 * MINUTE, settings)
    expect(recordsOf(afterCrash.effects)).toEqual([{ type: 'record', kind: 'skipped', at: T0 + 2 * MINUTE, durationMs: MINUTE }])
  })

  it('asks to persist exactly when the state changed', () => {
    const state = started()
    const nothing = step(state, { type: 'idle', seconds: 0 }, T0 + MINUTE, settings)
    expect(nothing.effects).toEqual([])
    const paused = step(state, { type: 'pause', until: null }, T0 + MINUTE, settings)
    expect(paused.effects).toContainEqual({ type: 'persist' })
  })
})
