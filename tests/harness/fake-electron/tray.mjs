import { EventEmitter } from 'node:events'
import { launchWorld } from './world.mjs'

const normalise = (item) => ({
  ...item,
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
  static setApplicationMenu(menu) { launchWorld().applicationMenu = menu }
  static getApplicationMenu() { return launchWorld().applicationMenu ?? null }
}

export class Tray extends EventEmitter {
  constructor(image) {
    super()
    this.image = image
    this.tooltip = ''
    this.menu = null
    this.destroyed = false
    launchWorld().trays.push(this)
  }
  setContextMenu(menu) { this.menu = menu }
  setToolTip(text) { this.tooltip = text }
  setImage(image) { this.image = image }
  setTitle(title) { this.title = title }
  isDestroyed() { return this.destroyed }
  destroy() {
    this.destroyed = true
    const trays = launchWorld().trays
    trays.splice(trays.indexOf(this), 1)
  }
}

export const nativeImage = {
  createEmpty: () => ({ isEmpty: () => true, path: null }),
  createFromPath: (file) => ({ path: file, isEmpty: () => false, setTemplateImage() {} }),
}
