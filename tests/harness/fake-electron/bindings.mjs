import { contextMenuParams } from './context-menu.mjs'
import { ipcMain } from './system.mjs'
import { toElectronUrl } from './urls.mjs'

/**
 * The renderer's side of IPC: ipcRenderer.invoke/send in the preload shim call this binding, which finds the
 * app's ipcMain handler. The frame's URL becomes event.senderFrame.url, so the app's sender check really runs.
 */
export async function bindIpc(context, world) {
  await context.exposeBinding('__fakeIpc', async (source, kind, channel, args) => {
    const window = world.pageToWindow.get(source.page)
    const event = {
      sender: window?.webContents,
      senderFrame: source.frame ? { url: toElectronUrl(source.frame.url()) } : null,
      processId: 1,
      frameId: 1,
      returnValue: undefined,
    }
    if (kind === 'send') {
      ipcMain.emit(channel, event, ...args)
      return undefined
    }
    const handler = ipcMain.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    world.pendingInvokes += 1
    try {
      return structuredClone(await handler(event, ...args))
    } catch (error) {
      // Electron passes only the message across, prefixed like this.
      throw new Error(`Error invoking remote method '${channel}': ${error}`, { cause: error })
    } finally {
      world.pendingInvokes -= 1
    }
  })
  await context.exposeBinding('__fakeWindowOpen', async (source, url) => {
    const window = world.pageToWindow.get(source.page)
    const handler = window?.webContents.windowOpenHandler
    const decision = handler ? handler({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } }) : { action: 'allow' }
    world.windowOpenAttempts.push({ url, action: decision.action })
    return decision.action
  })
  await context.exposeBinding('__fakeContextMenu', (source, report) => {
    const window = world.pageToWindow.get(source.page)
    if (window) window.webContents.emit('context-menu', { preventDefault() {} }, contextMenuParams(world, window, report))
  })
}
