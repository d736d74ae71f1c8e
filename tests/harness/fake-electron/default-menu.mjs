// Electron's default application menu (lib/browser/default-menu.ts), installed by lib/browser/init.ts on
// 'will-finish-launching', which comes after the app's main script ran and before 'ready'. It is skipped
// only when the app called Menu.setApplicationMenu (with anything, null included) before then. On Windows
// and Linux it is a menu bar on every window, whose accelerators (Ctrl+R reload, Ctrl+Shift+I DevTools…)
// work even where the bar is hidden; on macOS it is the menu bar, which also owns ⌘R and ⌘Q.
import { Menu } from './tray.mjs'
import { launchWorld } from './world.mjs'

const item = (label, role, accelerator) => ({ label, role, accelerator })

/** The template of lib/browser/default-menu.ts, with the labels lib/browser/api/menu-item-roles.ts gives the roles. */
function defaultTemplate(platform) {
  const mac = platform === 'darwin'
  const appMenu = { label: 'Kindbreak', role: 'appMenu', submenu: [item('About Kindbreak', 'about'), item('Hide Kindbreak', 'hide', 'Command+H'), item('Quit Kindbreak', 'quit', 'Command+Q')] }
  const fileMenu = { label: 'File', role: 'fileMenu', submenu: [mac ? item('Close Window', 'close', 'CommandOrControl+W') : item('Quit', 'quit', 'Control+Q')] }
  const editMenu = { label: 'Edit', role: 'editMenu', submenu: [item('Undo', 'undo'), item('Redo', 'redo'), item('Cut', 'cut'), item('Copy', 'copy'), item('Paste', 'paste'), item('Select All', 'selectAll')] }
  const viewMenu = {
    label: 'View', role: 'viewMenu',
    submenu: [
      item('Reload', 'reload', 'CommandOrControl+R'), item('Force Reload', 'forceReload', 'Shift+CommandOrControl+R'),
      item('Toggle Developer Tools', 'toggleDevTools', mac ? 'Alt+Command+I' : 'Ctrl+Shift+I'),
      item('Actual Size', 'resetZoom'), item('Zoom In', 'zoomIn'), item('Zoom Out', 'zoomOut'), item('Toggle Full Screen', 'togglefullscreen'),
    ],
  }
  const windowMenu = { label: 'Window', role: 'windowMenu', submenu: [item('Minimize', 'minimize'), item('Close', 'close')] }
  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu]
}

export function installDefaultMenuUnlessSet() {
  const world = launchWorld()
  if (world.applicationMenuWasSet) return
  const menu = Menu.buildFromTemplate(defaultTemplate(world.desktop.platform))
  world.applicationMenu = menu
  world.nativeApplicationMenu = menu
}
