/**
 * Turns a key press into Electron's accelerator syntax ("CommandOrControl+Alt+K"), so people press the
 * hotkey they want instead of spelling it. Main checks the result again before registering it.
 */
export interface KeyPress {
  code: string
  ctrlKey: boolean
  altKey: boolean
  shiftKey: boolean
  metaKey: boolean
}

export type CapturedKeys =
  /** Only modifiers so far: the person is still pressing. */
  | { kind: 'holding'; modifiers: string[] }
  | { kind: 'accelerator'; accelerator: string }
  | { kind: 'refused'; reason: 'no-modifier' | 'unknown-key' }

const modifierCodes = /^(Shift|Control|Alt|Meta|OS)(Left|Right)?$/

// Keys by physical position (event.code), so the result does not change with Shift or the keyboard layout.
const namedCodes: Record<string, string> = {
  Space: 'Space', Enter: 'Enter', NumpadEnter: 'Enter', Tab: 'Tab', Backspace: 'Backspace', Delete: 'Delete',
  Insert: 'Insert', Home: 'Home', End: 'End', PageUp: 'PageUp', PageDown: 'PageDown', PrintScreen: 'PrintScreen',
  ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right',
  Minus: '-', Equal: '=', BracketLeft: '[', BracketRight: ']', Backslash: '\\', Semicolon: ';', Quote: "'",
  Comma: ',', Period: '.', Slash: '/', Backquote: '`',
  NumpadDecimal: 'numdec', NumpadAdd: 'numadd', NumpadSubtract: 'numsub', NumpadMultiply: 'nummult', NumpadDivide: 'numdiv',
}

function keyName(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code)?.[1]
  if (letter) return letter
  const digit = /^Digit([0-9])$/.exec(code)?.[1]
  if (digit) return digit
  const numpad = /^Numpad([0-9])$/.exec(code)?.[1]
  if (numpad) return `num${numpad}`
  if (isFunctionKey(code)) return code
  return namedCodes[code] ?? null
}

function isFunctionKey(name: string): boolean {
  return /^F([1-9]|1[0-9]|2[0-4])$/.test(name)
}

/**
 * The primary modifier is "CommandOrControl": Ctrl on Windows and Linux, Command on a Mac, so a hotkey
 * chosen on one keeps its meaning on the other.
 */
function modifiersOf(press: KeyPress, mac: boolean): string[] {
  const primary = mac ? press.metaKey : press.ctrlKey
  const secondary = mac ? press.ctrlKey : false
  const superKey = mac ? false : press.metaKey
  return [
    primary && 'CommandOrControl',
    secondary && 'Control',
    press.altKey && 'Alt',
    press.shiftKey && 'Shift',
    superKey && 'Super',
  ].filter((name): name is string => typeof name === 'string')
}

export function captureKeys(press: KeyPress, mac: boolean): CapturedKeys {
  const modifiers = modifiersOf(press, mac)
  if (modifierCodes.test(press.code)) return { kind: 'holding', modifiers }
  const key = keyName(press.code)
  if (key === null) return { kind: 'refused', reason: 'unknown-key' }
  // A global hotkey takes its keys away from every other app: without a real modifier (Shift alone only
  // changes a letter's case) it would swallow ordinary typing. Function keys are the exception.
  const realModifiers = modifiers.filter((name) => name !== 'Shift')
  if (realModifiers.length === 0 && !isFunctionKey(key)) return { kind: 'refused', reason: 'no-modifier' }
  return { kind: 'accelerator', accelerator: [...modifiers, key].join('+') }
}
