import type { HotkeyProblemCode } from '../common/refusals'
/**
 * Validation of global-hotkey accelerators in Electron's syntax ("CommandOrControl+Alt+K").
 * Checked here, before Electron sees them, so a person gets a precise message instead of a silent failure.
 */
const modifiers = new Set([
  'Command', 'Cmd', 'Control', 'Ctrl', 'CommandOrControl', 'CmdOrCtrl', 'Alt', 'Option', 'AltGr', 'Shift', 'Super', 'Meta',
])

const namedKeys = new Set([
  'Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete', 'Insert', 'Return', 'Enter',
  'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc', 'PrintScreen',
  'num0', 'num1', 'num2', 'num3', 'num4', 'num5', 'num6', 'num7', 'num8', 'num9',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
])

const singleCharacterKey = /^[A-Za-z0-9)!@#$%^&*(:;<>=_`~?/\\|[\]{}'",.-]$/
const functionKey = /^F([1-9]|1[0-9]|2[0-4])$/

export type AcceleratorCheck = { ok: true; accelerator: string } | { ok: false; reason: AcceleratorProblem }
/** What makes a string unusable as an accelerator; the window words it when main refuses a hotkey. */
export type AcceleratorProblem = Exclude<HotkeyProblemCode, 'unavailable'>

export function checkAccelerator(input: string): AcceleratorCheck {
  const accelerator = input.trim()
  if (accelerator === '') return { ok: false, reason: 'empty' }
  if (accelerator.length > 100) return { ok: false, reason: 'too-long' }
  const parts = accelerator.split('+')
  // "Plus" is the key name for '+', so an empty part means a stray or doubled separator.
  if (parts.some((part) => part === '')) return { ok: false, reason: 'unknown-part' }
  const keys = parts.filter((part) => !modifiers.has(part))
  if (keys.some((key) => !isKey(key))) return { ok: false, reason: 'unknown-part' }
  if (keys.length === 0) return { ok: false, reason: 'no-key' }
  if (keys.length > 1) return { ok: false, reason: 'several-keys' }
  // A global hotkey without a modifier would swallow that key in every other app (function keys excepted).
  const hasModifier = parts.length > keys.length
  if (!hasModifier && !functionKey.test(keys[0] ?? '')) return { ok: false, reason: 'no-modifier' }
  return { ok: true, accelerator }
}

function isKey(part: string): boolean {
  return singleCharacterKey.test(part) || functionKey.test(part) || namedKeys.has(part)
}
