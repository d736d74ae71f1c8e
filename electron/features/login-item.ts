/** "Start Kindbreak when I log in": applied at each start (an AppImage may have moved) and from Settings. */
import { applyStartAtLogin, type LoginItemPorts } from '../platform/login-item'
import { RequestRefused } from '../platform/ipc'
import type { Feature } from './feature'

export function createLoginItemFeature(ports: LoginItemPorts, wanted: boolean): Feature {
  try {
    applyStartAtLogin(wanted, ports)
  } catch (error) {
    // Not worth stopping for: turning the setting on again in Settings reports the reason.
    process.stderr.write(`Kindbreak could not update its login item: ${String(error)}\n`)
  }
  return {
    applySettings(next, previous) {
      if (next.startAtLogin === previous.startAtLogin) return
      try {
        applyStartAtLogin(next.startAtLogin, ports)
      } catch (error) {
        throw new RequestRefused({ code: 'login-item-unchanged', cause: error instanceof Error ? error.message : String(error) })
      }
    },
  }
}
