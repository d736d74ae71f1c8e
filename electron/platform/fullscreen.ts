import { execFile } from 'node:child_process'
import type { Desktop } from '../core/desktop'

/**
 * Whether another app's window is fullscreen and focused (a presentation, a call, a film), where that can
 * be known without native modules: on X11 through `xprop`. Elsewhere (Wayland, Windows, macOS, no xprop)
 * the answer is null, "cannot tell", and breaks are not held back.
 */
export async function otherAppFullscreen(desktop: Desktop): Promise<boolean | null> {
  // Under Wayland even XWayland's xprop sees only other XWayland windows: it cannot tell.
  if (desktop.platform !== 'linux' || desktop.session !== 'x11') return null
  const active = await xprop(['-root', '_NET_ACTIVE_WINDOW'])
  const id = active && /window id # (0x[0-9a-f]+)/i.exec(active)?.[1]
  if (!id || id === '0x0') return null
  const state = await xprop(['-id', id, '_NET_WM_STATE'])
  return state === null ? null : state.includes('_NET_WM_STATE_FULLSCREEN')
}

function xprop(args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('xprop', args, { timeout: 1000 }, (error, stdout) => resolve(error ? null : stdout))
  })
}
