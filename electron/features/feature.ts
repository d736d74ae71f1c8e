/**
 * What a main-process feature hands the composition root, which only lists them: its share of the IPC
 * requests, what it does when the settings change, and how it lets go when Kindbreak quits. A change of
 * settings is offered to every feature in turn, never hand-wired from one place.
 */
import type { Settings } from '../core/settings'
import type { RequestHandlers } from '../platform/ipc'

export interface Feature {
  handlers?: Partial<RequestHandlers>
  /**
   * Before a change is saved: carries out what could fail (registering a hotkey, adding a login item) and
   * throws RequestRefused when it cannot; the change is then not saved.
   */
  applySettings?(next: Settings, previous: Settings): void
  /** After a change was saved. */
  settingsChanged?(next: Settings, previous: Settings): void
  /**
   * Kindbreak is quitting: work that must end whole first (the journal's thread finishing a write). The
   * quit waits for it, a few seconds at most.
   */
  finish?(): Promise<void>
  /** Kindbreak is quitting. */
  dispose?(): void
}

/** Every feature's handlers as one set; a request no feature answers is a mistake found at start. */
export function collectHandlers(features: readonly Feature[], requests: readonly (keyof RequestHandlers)[]): RequestHandlers {
  const handlers = Object.assign({}, ...features.map((feature) => feature.handlers ?? {})) as Partial<RequestHandlers>
  const missing = requests.filter((name) => !handlers[name])
  if (missing.length > 0) throw new Error(`no feature handles ${missing.join(', ')}`)
  return handlers as RequestHandlers
}
