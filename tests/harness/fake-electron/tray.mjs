import { EventEmitter } from 'node:events'
import { launchWorld } from './world.mjs'

// Labels Electron gives role items that have none (lib/browser/api/menu-item-roles.ts).
const roleLabels = {
  undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', pasteAndMatchStyle: 'Paste and Match Style',
  delete: 'Delete', selectAll: 'Select All', reload: 'Reload', forceReload: 'Force Reload', toggleDevTools: 'Toggle Developer Tools',
  quit: 'Quit', close: 'Close', minimize: 'Minimize', hide: 'Hide', hideOthers: 'Hide Others', unhide: 'Show All', about: 'About',
  editMenu: 'Edit', appMenu: 'Kindbreak', windowMenu: 'Window', viewMenu: 'View', fileMenu: 'File',
}

const normalise = (item) => ({
  ...item,
  label: item.label ?? roleLabels[item.role] ?? '',
  type: item.type ?? (item.submenu ? 'submenu' : 'normal'),
  enabled: item.enabled ?? true,
  visible: item.visible ?? true,
  submenu: item.submenu ? (item.submenu instanceof Menu ? item.submenu : Menu.buildFromTemplate(item.submenu)) : undefined,
})

export class Menu {
  static buildFromTemplate(template) {
    const menu = new Menu()
    menu.items = template.map(normalise)
    return menu
  }
  /**
   * lib/browser/api/menu.ts: any call (null included) marks the menu as set, so a call before
   * 'will-finish-launching' keeps the default away. After it, Windows and Linux drop the menu bar from every
   * window; macOS returns early on null, and the default menu stays in the menu bar.
   */
  static setApplicationMenu(menu) {
    const world = launchWorld()
    world.applicationMenu = menu
    world.applicationMenuWasSet = true
    if (menu || world.desktop.platform !== 'darwin') world.nativeApplicationMenu = menu
  }
  static getApplicationMenu() { return launchWorld().applicationMenu ?? null }
  /** A context menu the app pops up (the text field menu): the harness reads and clicks it. */
  popup(options = {}) { launchWorld().poppedMenus.push({ menu: this, window: options.window ?? null }) }
  closePopup() {}
}

/**
 * docs/api/tray.md: on Linux Electron shows the icon through the StatusNotifierItem protocol (falling back
 * to GtkStatusIcon); a desktop with no StatusNotifier host (GNOME Shell without the AppIndicator extension)
 * shows neither, and Electron cannot tell: the Tray object works, nobody sees it.
 */
export class Tray extends EventEmitter {
  constructor(image) {
    super()
    const world = launchWorld()
    this.image = image
    this.tooltip = ''
    this.menu = null
    this.destroyed = false
    this.shown = world.desktop.trayHost
    world.trays.push(this)
  }
  setContextMenu(menu) { this.menu = menu }
  setToolTip(text) { this.tooltip = text }
  setImage(image) { this.image = image }
  setTitle(title) { this.title = title }
  isDestroyed() { return this.destroyed }
  popUpContextMenu() { if (this.menu) launchWorld().poppedMenus.push({ menu: this.menu, window: null }) }
  destroy() {
    this.destroyed = true
    const trays = launchWorld().trays
    trays.splice(trays.indexOf(this), 1)
  }
  /**
   * A left click as each platform delivers it (docs/api/tray.md; shell/browser/ui/win/notify_icon.cc,
   * tray_icon_cocoa.mm, tray_icon_linux.cc): Windows emits 'click' and keeps the menu for the right button;
   * macOS emits 'click' and then pops the context menu, when one is set; on Linux the StatusNotifier host
   * decides: KDE's panel activates the item (Electron emits 'click' with empty bounds), GNOME's AppIndicator
   * extension opens the menu instead and 'click' never comes.
   */
  leftClick() {
    const { platform, desktop } = launchWorld().desktop
    const modifiers = { altKey: false, shiftKey: false, ctrlKey: false, metaKey: false }
    if (platform === 'linux' && desktop === 'gnome') return this.popUpContextMenu()
    const where = platform === 'linux' ? [{ x: 0, y: 0, width: 0, height: 0 }, { x: 0, y: 0 }] : [{ x: 1800, y: 0, width: 22, height: 22 }, { x: 1810, y: 10 }]
    this.emit('click', modifiers, ...where)
    if (platform === 'darwin') this.popUpContextMenu()
  }
}

export const nativeImage = {
  createEmpty: () => ({ isEmpty: () => true, path: null }),
  createFromPath: (file) => ({ path: file, isEmpty: () => false, setTemplateImage() {} }),
}
