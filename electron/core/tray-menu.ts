import type { Command } from './commands'

/** The tray menu as data, so what it offers in each state is testable without Electron. */
export type TrayItem =
  | { kind: 'action'; label: string; command: Command }
  | { kind: 'status'; label: string }
  | { kind: 'submenu'; label: string; items: TrayItem[] }
  | { kind: 'separator' }

export interface TrayLabels {
  takeBreak: string
  breathe: string
  touch: string
  reframe: string
  pauseBreaks: string
  pauseOptions: { label: string }[]
  skipNext: string
  journal: string
  settings: string
  quit: string
}

const open = (label: string, screen: Extract<Command, { kind: 'open' }>['screen']): TrayItem => ({
  kind: 'action', label, command: { kind: 'open', screen },
})

/**
 * Linux tray icons often ignore clicks, so every action lives in the menu.
 * Until the break timer exists, pausing and skipping lead to the home screen.
 */
export function buildTrayMenu(labels: TrayLabels, statusLine: string): TrayItem[] {
  return [
    open(labels.takeBreak, 'break'),
    open(labels.breathe, 'breathe'),
    open(labels.touch, 'touch'),
    open(labels.reframe, 'reframe'),
    { kind: 'separator' },
    { kind: 'status', label: statusLine },
    { kind: 'submenu', label: labels.pauseBreaks, items: labels.pauseOptions.map(({ label }) => open(label, 'home')) },
    open(labels.skipNext, 'home'),
    { kind: 'separator' },
    open(labels.journal, 'journal'),
    open(labels.settings, 'settings'),
    { kind: 'separator' },
    { kind: 'action', label: labels.quit, command: { kind: 'quit' } },
  ]
}
