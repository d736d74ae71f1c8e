/** Whether a popup should wait now, and why: only what the person chose to be held for is asked. */
import type { HoldReason } from '../common/schedule-status'
import type { Settings } from '../core/settings'
import type { PresencePort } from '../platform/presence'

export interface HoldDeps {
  settings(): Settings
  presence: Pick<PresencePort, 'inCall' | 'doNotDisturb'>
  otherAppFullscreen(): Promise<boolean | null>
}

/**
 * The checks run together and each answers within about 2 s; "cannot tell" (null) never holds a break.
 * A call comes first in the answer because it is the reason a person most needs the break to wait for.
 */
export function holdCheck(deps: HoldDeps): () => Promise<HoldReason | null> {
  return async () => {
    const { holdBreaks, delivery } = deps.settings()
    const [call, quiet, fullscreen] = await Promise.all([
      holdBreaks.calls ? deps.presence.inCall() : null,
      holdBreaks.doNotDisturb ? deps.presence.doNotDisturb() : null,
      // A notification covers nothing, so a fullscreen window holds only a popup window.
      holdBreaks.fullscreen && delivery !== 'notification' ? deps.otherAppFullscreen() : null,
    ])
    if (call === true) return 'call'
    if (quiet === true) return 'do-not-disturb'
    return fullscreen === true ? 'fullscreen' : null
  }
}
