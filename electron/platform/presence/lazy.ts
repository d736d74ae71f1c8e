import type { createPresence, PresencePort } from './index'

/**
 * The presence checks, kept out of the bundle the main process starts with (their parsers for pactl,
 * pw-dump, the registry, gdbus): loaded by `prepare()` once the tray is up, or at the first question.
 * Loaded ahead, a heads-up never waits for the code on top of the checks themselves.
 */
export function lazyPresence(...args: Parameters<typeof createPresence>): PresencePort & { prepare(): void } {
  let loading: Promise<PresencePort> | null = null
  const port = () => (loading ??= import('./index').then((presence) => presence.createPresence(...args)))
  return {
    prepare: () => void port(),
    inCall: async () => (await port()).inCall(),
    doNotDisturb: async () => (await port()).doNotDisturb(),
    idleSeconds: async () => (await port()).idleSeconds(),
    screenLocked: async () => (await port()).screenLocked(),
  }
}
