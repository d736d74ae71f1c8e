import type { GlobalShortcut } from 'electron'
import { checkAccelerator, type AcceleratorProblem } from '../core/accelerator'

export type HotkeyResult = { ok: true } | { ok: false; reason: AcceleratorProblem | 'unavailable' }

export interface Hotkey {
  /** Switches to a new accelerator. On failure the previous one stays registered. */
  change(accelerator: string): HotkeyResult
  current(): string | null
  dispose(): void
}

export function createHotkey(globalShortcut: GlobalShortcut, onPress: () => void): Hotkey {
  let registered: string | null = null
  return {
    change(accelerator) {
      const check = checkAccelerator(accelerator)
      if (!check.ok) return { ok: false, reason: check.reason }
      if (check.accelerator === registered) return { ok: true }
      // register() returns false when another app holds the keys (or the desktop refuses, as Wayland may).
      let taken = false
      try {
        taken = globalShortcut.register(check.accelerator, onPress)
      } catch {
        taken = false
      }
      if (!taken) return { ok: false, reason: 'unavailable' }
      if (registered) globalShortcut.unregister(registered)
      registered = check.accelerator
      return { ok: true }
    },
    current: () => registered,
    dispose() {
      if (registered) globalShortcut.unregister(registered)
      registered = null
    },
  }
}
