// A stand-in for the `electron` module, for running the real built app in Chromium without Electron's
// binary. Each BrowserWindow is a Playwright page; everything else is modelled closely enough for the
// app's own code paths (security checks included) to run unchanged.
import { app } from './app.mjs'
import { protocol } from './protocol.mjs'
import { dialog, globalShortcut, ipcMain, nativeTheme, net, Notification, powerMonitor, safeStorage, screen, session, shell } from './system.mjs'
import { Menu, nativeImage, Tray } from './tray.mjs'
import { BrowserWindow } from './windows.mjs'

export { app, BrowserWindow, dialog, globalShortcut, ipcMain, Menu, nativeImage, nativeTheme, net, Notification, powerMonitor, protocol, safeStorage, screen, session, shell, Tray }
// Renderer-only in real Electron.
export const contextBridge = undefined
export const ipcRenderer = undefined

export default { app, BrowserWindow, dialog, globalShortcut, ipcMain, Menu, nativeImage, nativeTheme, net, Notification, powerMonitor, protocol, safeStorage, screen, session, shell, Tray }
