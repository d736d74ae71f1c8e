/**
 * Where Kindbreak meets the desktop around it: the application menu, the text fields' menu, a spellchecker
 * that never downloads, and a panel that may show no tray icon. docs/PLATFORMS.md has the facts.
 */
import path from 'node:path'
import type { App, Menu as MenuClass, Session, Shell } from 'electron'
import type { Desktop } from '../core/desktop'
import type { MainText } from '../common/catalog/main-index'
import type { Notice } from '../core/notices'
import { setAppMenu } from '../platform/app-menu'
import { RequestRefused } from '../platform/ipc'
import { keepDictionariesLocal } from '../platform/spellcheck'
import { offerTextMenu } from '../platform/text-menu'
import { statusNotifierHostPresent } from '../platform/tray-host'
import type { Feature } from './feature'

export interface DesktopShellDeps {
  app: App
  Menu: typeof MenuClass
  shell: Pick<Shell, 'openPath'>
  desktop: Desktop
  userData: string
  text(): MainText
}

/** Call in the turn that first uses the session: its first use starts the spellchecker's download. */
export function prepareSession(session: Session, userData: string): Session {
  keepDictionariesLocal(session, path.join(userData, 'dictionaries'))
  return session
}

export function createDesktopShell(deps: DesktopShellDeps): Feature {
  const menu = () => setAppMenu(deps.Menu, deps.desktop.platform, deps.text().menus)
  menu()
  offerTextMenu(deps.app, deps.Menu, () => deps.text().menus)
  return {
    settingsChanged: (next, previous) => {
      if (next.language !== previous.language) menu()
    },
    handlers: {
      async openDataFolder() {
        const problem = await deps.shell.openPath(deps.userData)
        if (problem) throw new RequestRefused({ code: 'folder-not-opened', folder: deps.userData, cause: problem })
      },
    },
  }
}

export interface TrayHostDeps {
  desktop: Desktop
  /** Linux: whether a panel shows tray icons; null when it cannot be told. Default: asks D-Bus. */
  statusNotifierHost?: () => Promise<boolean | null>
  hotkey(): string | null
  now(): number
  addNotice(notice: Notice): void
  /** No panel shows the icon: the window opens (or, already open, shows the note). */
  onNoTray(): void
}

/**
 * Where no panel shows tray icons (GNOME without the AppIndicator extension), the window is the way in: it
 * opens with a note on how to come back, and offers what the tray menu would.
 */
export async function findOutWhetherTrayShows(deps: TrayHostDeps): Promise<void> {
  if (deps.desktop.platform !== 'linux') return
  const hostPresent = await (deps.statusNotifierHost ?? statusNotifierHostPresent)()
  if (hostPresent !== false) return
  deps.addNotice({ id: `no-tray-${deps.now()}`, kind: 'no-tray-icon', hotkey: deps.hotkey() })
  deps.onNoTray()
}
