import type { TrayLabels } from '../common/catalog/main-words'
import type { Command } from './commands'
import type { PauseChoice } from './scheduler/pause'
import type { AvailableActions } from './scheduler/types'
import type { Screen } from '../common/screens'

/** The tray menu as data, so what it offers in each state is testable without Electron. */
export type TrayItem =
  | { kind: 'action'; label: string; command: Command; enabled?: boolean }
  | { kind: 'status'; label: string }
  | { kind: 'submenu'; label: string; items: TrayItem[] }
  | { kind: 'separator' }

export type { TrayLabels }

const open = (label: string, screen: Screen): TrayItem => ({ kind: 'action', label, command: { kind: 'open', screen } })

/**
 * Linux tray icons often ignore clicks, so every action lives in the menu. While breaks are paused,
 * "Resume breaks" takes the place of the pause submenu, so the one thing to do next is right there.
 */
export function buildTrayMenu(
  labels: TrayLabels,
  statusLine: string,
  actions: Pick<AvailableActions, 'pause' | 'resumeBreaks' | 'skipNext'>,
): TrayItem[] {
  const pauseOrResume: TrayItem = actions.resumeBreaks
    ? { kind: 'action', label: labels.resumeBreaks, command: { kind: 'resume-breaks' } }
    : {
        kind: 'submenu',
        label: labels.pauseBreaks,
        items: (Object.entries(labels.pauseOptions) as [PauseChoice, string][]).map(([choice, label]) => ({
          kind: 'action', label, command: { kind: 'pause', choice },
        })),
      }
  return [
    open(labels.takeBreak, 'break'),
    open(labels.breathe, 'breathe'),
    open(labels.touch, 'touch'),
    open(labels.reframe, 'reframe'),
    { kind: 'separator' },
    { kind: 'status', label: statusLine },
    pauseOrResume,
    { kind: 'action', label: labels.skipNext, command: { kind: 'skip-next' }, enabled: actions.skipNext },
    { kind: 'separator' },
    open(labels.journal, 'journal'),
    open(labels.library, 'library'),
    open(labels.path, 'path'),
    open(labels.settings, 'settings'),
    { kind: 'separator' },
    { kind: 'action', label: labels.quit, command: { kind: 'quit' } },
  ]
}
