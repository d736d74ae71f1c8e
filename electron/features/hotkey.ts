/** The global hotkey that opens Kindbreak: registered at start, changed from Settings, honest about Wayland. */
import type { GlobalShortcut } from 'electron'
import { hotkeyNeedsConfirmation, type Desktop, type HotkeyStatus } from '../core/desktop'
import type { MainText } from '../common/catalog/main-index'
import type { Notice } from '../core/notices'
import { createHotkey } from '../platform/hotkey'
import { RequestRefused } from '../platform/ipc'
import type { Notify } from '../platform/notifier'
import type { Feature } from './feature'

export interface HotkeyDeps {
  globalShortcut: GlobalShortcut
  desktop: Desktop
  configured: string
  now(): number
  onPress(): void
  /** The status changed (a first press proved it works): the window shows it. */
  onStatusChange(): void
  notify: Notify
  text(): MainText
  addNotice(notice: Notice): void
}

export interface HotkeyFeature extends Feature {
  status(): HotkeyStatus
  current(): string | null
}

export function createHotkeyFeature(deps: HotkeyDeps): HotkeyFeature {
  const hotkey = createHotkey(deps.globalShortcut, {
    onPress: deps.onPress,
    needsConfirmation: hotkeyNeedsConfirmation(deps.desktop),
    onStatusChange: deps.onStatusChange,
  })
  if (!hotkey.change(deps.configured).ok) {
    deps.addNotice({ id: `hotkey-${deps.now()}`, kind: 'hotkey-unavailable', hotkey: deps.configured })
    deps.notify(deps.text().notifications.hotkeyUnavailable(deps.configured))
  }
  return {
    status: () => hotkey.status(),
    current: () => hotkey.current(),
    applySettings(next) {
      if (next.hotkey === hotkey.current()) return
      const changed = hotkey.change(next.hotkey)
      if (!changed.ok) throw new RequestRefused({ code: 'hotkey-not-used', hotkey: next.hotkey, problem: changed.reason })
    },
    dispose: () => hotkey.dispose(),
  }
}
