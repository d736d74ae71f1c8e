import type { createPresence, PresencePort } from './index'

/**
 * The presence checks, loaded the first time one is asked: that is when a break is near, never at start-up,
 * so their parsers (pactl, pw-dump, the registry, gdbus) stay out of the bundle the main process starts with.
 */
export function lazyPresence(...args: Parameters<typeof createPresence>): PresencePort {
  let loading: Promise<PresencePort> | null = null
  const port = () => (loading ??= import('./index').then((presence) => presence.createPresence(...args)))
  return {
    inCall: async () => (await port()).inCall(),
    doNotDisturb: async () => (await port()).doNotDisturb(),
    idleSeconds: async () => (await port()).idleSeconds(),
    screenLocked: async () => (await port()).screenLocked(),
  }
}
