/**
 * Runs the pure scheduler against a Clock: keeps the state, carries out effects through the ports, and
 * keeps exactly one timer armed, for `nextWakeAt`. It never polls: between events nothing runs.
 */
import type { Clock } from '../clock'
import { createSchedulerState, step } from './machine'
import type { ScheduleSettings } from './settings'
import { availableActions, describeStatus, statusRefreshAt } from './status'
import type { AvailableActions, SchedulerEffect, SchedulerEvent, SchedulerState, SchedulerStatus } from './types'
import { idleChecksWanted, nextWakeAt } from './wake'

export type OutwardEffect = Exclude<SchedulerEffect, { type: 'persist' }>

export interface SchedulerDriverPorts {
  clock: Clock
  /** Read from memory on every event: cheap, and always current. */
  getSettings(): ScheduleSettings
  /** The state saved last time (validate it with `schedulerStateSchema`), or null on a first start. */
  loadState(): SchedulerState | null
  saveState(state: SchedulerState): void
  /** Popups and statistics. Calling `dispatch` from here is fine: such events queue and run next. */
  onEffect(effect: OutwardEffect): void
  /** After any change of state (refresh the tray line, the tooltip, the paused icon). */
  onStateChange?(state: SchedulerState): void
  /** System idle seconds, read at each timer wake so a deadline can notice nobody is there. */
  readIdleSeconds?(): number
}

export interface SchedulerDriver {
  dispatch(event: SchedulerEvent): void
  state(): SchedulerState
  status(): SchedulerStatus
  /** When the tray line should next be refreshed (at most once a minute), or null. */
  statusRefreshAt(): number | null
  actions(): AvailableActions
  /** Whether a once-a-minute idle reading (`IDLE_CHECK_EVERY_MS`) is useful right now. */
  idleChecksWanted(): boolean
  /** The deadline of the one armed timer, or null when none is armed. */
  armedWakeAt(): number | null
  dispose(): void
}

/** Creates the driver and settles the loaded state at once (a `restored` event). */
export function createSchedulerDriver(ports: SchedulerDriverPorts): SchedulerDriver {
  const { clock } = ports
  let current = ports.loadState() ?? createSchedulerState(clock.now())
  let armed: { at: number; cancel: () => void } | null = null
  const queue: SchedulerEvent[] = []
  let running = false
  let disposed = false

  function rearm(): void {
    const at = disposed ? null : nextWakeAt(current, ports.getSettings(), clock.now())
    if (armed !== null && armed.at === at) return
    armed?.cancel()
    armed = null
    if (at === null) return
    const cancel = clock.setTimer(at, () => {
      armed = null
      const idleSeconds = ports.readIdleSeconds?.()
      dispatch(idleSeconds === undefined ? { type: 'due' } : { type: 'due', idleSeconds })
    })
    armed = { at, cancel }
  }

  function runQueued(): void {
    for (let event = queue.shift(); event !== undefined; event = queue.shift()) {
      const result = step(current, event, clock.now(), ports.getSettings())
      current = result.state
      let changed = false
      for (const effect of result.effects) {
        if (effect.type === 'persist') {
          ports.saveState(current)
          changed = true
        } else {
          ports.onEffect(effect)
        }
      }
      if (changed) ports.onStateChange?.(current)
    }
  }

  function dispatch(event: SchedulerEvent): void {
    if (disposed) return
    queue.push(event)
    if (running) return
    running = true
    try {
      runQueued()
    } finally {
      running = false
      rearm()
    }
  }

  dispatch({ type: 'restored' })

  return {
    dispatch,
    state: () => current,
    status: () => describeStatus(current, ports.getSettings(), clock.now()),
    statusRefreshAt: () => statusRefreshAt(current, ports.getSettings(), clock.now()),
    actions: () => availableActions(current, ports.getSettings()),
    idleChecksWanted: () => idleChecksWanted(current, ports.getSettings()),
    armedWakeAt: () => armed?.at ?? null,
    dispose() {
      disposed = true
      queue.length = 0
      rearm()
    },
  }
}
