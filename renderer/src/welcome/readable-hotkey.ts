/**
 * An accelerator as people read it on their own keyboard: "CommandOrControl+Alt+K" is "Ctrl+Alt+K" on
 * Windows and Linux, and "⌘⌥K" on a Mac.
 */
const names: Record<string, { mac: string; other: string }> = {
  CommandOrControl: { mac: '⌘', other: 'Ctrl' },
  CmdOrCtrl: { mac: '⌘', other: 'Ctrl' },
  Command: { mac: '⌘', other: 'Super' },
  Cmd: { mac: '⌘', other: 'Super' },
  Control: { mac: '⌃', other: 'Ctrl' },
  Ctrl: { mac: '⌃', other: 'Ctrl' },
  Alt: { mac: '⌥', other: 'Alt' },
  Option: { mac: '⌥', other: 'Alt' },
  Shift: { mac: '⇧', other: 'Shift' },
  Super: { mac: '⌘', other: 'Super' },
  Meta: { mac: '⌘', other: 'Super' },
  Plus: { mac: '+', other: '+' },
}

export function readableHotkey(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+').map((part) => {
    const known = names[part]
    return known ? (mac ? known.mac : known.other) : part
  })
  return parts.join(mac ? '' : '+')
}
