import type { Menu as MenuType, MenuItemConstructorOptions, NativeImage, Tray as TrayType } from 'electron'
import type { Command } from '../core/commands'
import type { TrayItem } from '../core/tray-menu'

interface TrayDeps {
  Tray: new (image: NativeImage) => TrayType
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): MenuType }
  createImage(path: string): NativeImage
}

export interface TrayView {
  items: TrayItem[]
  tooltip: string
  iconPath: string
}

export interface KindbreakTray {
  render(view: TrayView): void
  destroy(): void
}

export function toMenuTemplate(items: TrayItem[], onCommand: (command: Command) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' }
      case 'status':
        return { label: item.label, enabled: false }
      case 'submenu':
        return { label: item.label, submenu: toMenuTemplate(item.items, onCommand) }
      case 'action':
        return { label: item.label, enabled: item.enabled ?? true, click: () => onCommand(item.command) }
    }
  })
}

/**
 * The tray icon and its menu. It redraws only what changed, since menus rebuild natively on every set.
 * `onClick`, where given, answers the icon's own 'click' (Windows' left click, a Linux panel's activation).
 */
export function createTray(deps: TrayDeps, onCommand: (command: Command) => void, first: TrayView, onClick: (() => void) | null): KindbreakTray {
  const tray = new deps.Tray(deps.createImage(first.iconPath))
  if (onClick) tray.on('click', onClick)
  let shown: TrayView | null = null
  const render = (view: TrayView) => {
    if (shown?.iconPath !== view.iconPath) tray.setImage(deps.createImage(view.iconPath))
    if (shown?.tooltip !== view.tooltip) tray.setToolTip(view.tooltip)
    if (JSON.stringify(shown?.items) !== JSON.stringify(view.items)) {
      tray.setContextMenu(deps.Menu.buildFromTemplate(toMenuTemplate(view.items, onCommand)))
    }
    shown = view
  }
  render(first)
  return { render, destroy: () => tray.destroy() }
}
