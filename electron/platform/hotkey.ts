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
      if (!tryRegister(globalShortcut, check.accelerator, onPress)) return { ok: false, reason: 'unavailable' }
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

function tryRegister(globalShortcut: GlobalShortcut, accelerator: string, onPress: () => void): boolean {
  try {
    return globalShortcut.register(accelerator, onPress)
  } catch {
    // Electron throws on accelerators the platform cannot express; to the person that is "not available".
    return false
  }
}
