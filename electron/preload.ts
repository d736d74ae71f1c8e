/**
 * Exposes `window.kindbreak` and nothing else. The window never gets `ipcRenderer` itself, and listeners
 * never see Electron's event object (it would hand them `sender`).
 */
import { contextBridge, ipcRenderer } from 'electron'
import { channels, events, type EventName, type KindbreakApi } from './contract'

const invokers = Object.fromEntries(
  Object.entries(channels).map(([name, channel]) => [name, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)]),
)

const api = {
  ...invokers,
  on(event: EventName, listener: (payload: unknown) => void) {
    const channel = events[event]
    const forward = (_event: unknown, payload: unknown) => listener(payload)
    ipcRenderer.on(channel, forward)
    return () => {
      ipcRenderer.removeListener(channel, forward)
    }
  },
} as unknown as KindbreakApi

contextBridge.exposeInMainWorld('kindbreak', api)
