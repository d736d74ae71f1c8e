import type { Menu as MenuClass, MenuItemConstructorOptions } from 'electron'
import type { Platform } from '../core/desktop'

export interface AppMenuLabels {
  edit: string
  quit: string
  undo: string
  redo: string
  cut: string
  copy: string
  paste: string
  selectAll: string
}

/**
 * Electron installs its default menu (File, Edit, View with Reload and DevTools, Window) on
 * 'will-finish-launching' unless the app set one before then, with anything, null included
 * (lib/browser/default-menu.ts, lib/browser/api/menu.ts). On Windows and Linux it would be a menu bar on the
 * practice window whose Ctrl+R restarts a practice mid-way. Called before 'ready'.
 */
export function keepDefaultMenuAway(Menu: typeof MenuClass): void {
  Menu.setApplicationMenu(null)
}

/**
 * The application menu, in the person's language: none at all on Windows and Linux; on macOS, where the menu
 * bar still owns ⌘C, ⌘V and ⌘Q, only what a person needs there: Edit for the text fields, and Quit.
 */
export function setAppMenu(Menu: typeof MenuClass, platform: Platform, labels: AppMenuLabels): void {
  if (platform !== 'darwin') {
    Menu.setApplicationMenu(null)
    return
  }
  const template: MenuItemConstructorOptions[] = [
    { label: 'Kindbreak', submenu: [{ role: 'quit', label: labels.quit }] },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo }, { role: 'redo', label: labels.redo }, { type: 'separator' },
        { role: 'cut', label: labels.cut }, { role: 'copy', label: labels.copy }, { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
