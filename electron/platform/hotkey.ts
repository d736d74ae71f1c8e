import type { GlobalShortcut } from 'electron'
import { checkAccelerator, type AcceleratorProblem } from '../core/accelerator'
import type { HotkeyStatus } from '../core/desktop'

export type HotkeyResult = { ok: true } | { ok: false; reason: AcceleratorProblem | 'unavailable' }

export interface Hotkey {
  /** Switches to a new accelerator. On failure the previous one stays registered. */
  change(accelerator: string): HotkeyResult
  current(): string | null
  status(): HotkeyStatus
  dispose(): void
}

export interface HotkeyOptions {
  onPress(): void
  /**
   * Whether register()'s yes is only a request (Wayland's GlobalShortcuts portal answers true at once, then
   * the desktop may ask the person or never bind; docs/api/global-shortcut.md).
   */
  needsConfirmation: boolean
  onStatusChange(): void
}

export function createHotkey(globalShortcut: GlobalShortcut, options: HotkeyOptions): Hotkey {
  let registered: string | null = null
  let confirmed = false
  // On the portal path unregister() returns early and an old binding keeps firing: only presses of the
  // current accelerator count.
  const pressed = (accelerator: string) => () => {
    if (accelerator !== registered) return
    if (!confirmed) {
      confirmed = true
      options.onStatusChange()
    }
    options.onPress()
  }
  return {
    change(accelerator) {
      const check = checkAccelerator(accelerator)
      if (!check.ok) return { ok: false, reason: check.reason }
      if (check.accelerator === registered) return { ok: true }
      // register() returns false when another app holds the keys (X11, Windows, macOS).
      if (!tryRegister(globalShortcut, check.accelerator, pressed(check.accelerator))) return { ok: false, reason: 'unavailable' }
      if (registered) globalShortcut.unregister(registered)
      registered = check.accelerator
      confirmed = !options.needsConfirmation
      return { ok: true }
    },
    current: () => registered,
    status: () => (registered === null ? 'unavailable' : confirmed ? 'works' : 'waiting'),
    dispose() {
      // unregisterAll is the one call that lets go of a portal binding too.
      if (registered) globalShortcut.unregisterAll()
      registered = null
    },
  }
}

function tryRegister(globalShortcut: GlobalShortcut, accelerator: string, onPress: () => void): boolean {
  try {
    return globalShortcut.register(accelerator, onPress)
  } catch {
    // Electron throws on accelerators the platform cannot express; to the person that is "not available".
    return false
  }
}
