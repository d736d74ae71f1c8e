/** The tray icon: its status line, tooltip and menu in the person's language, and a glyph the panel shows well. */
import path from 'node:path'
import type { Menu as MenuClass, NativeImage, Tray as TrayClass } from 'electron'
import type { Command } from '../core/commands'
import { trayClickOpensWindow, type Desktop } from '../core/desktop'
import type { Locale } from '../common/locale'
import type { MainText } from '../common/catalog/main-index'
import { panelShade, trayIconFile } from '../core/tray-icon'
import { buildTrayMenu } from '../core/tray-menu'
import { createTray, type TrayView } from '../platform/tray'
import type { BreaksView } from './breaks'
import type { Feature } from './feature'

export interface TrayDeps {
  Tray: typeof TrayClass
  Menu: typeof MenuClass
  createImage(file: string): NativeImage
  iconsDir: string
  desktop: Desktop
  /** The taskbar's own shade (Windows: nativeTheme.shouldUseDarkColorsForSystemIntegratedUI). */
  systemUiDark(): boolean
  breaks(): BreaksView
  text(): MainText
  locale(): Locale
  run(command: Command): void
  /** What a click on the icon itself does, where the platform sends one for a left click. */
  openHome(): void
}

export interface TrayFeature extends Feature {
  render(): void
}

export function createTrayFeature(deps: TrayDeps): TrayFeature {
  const view = (): TrayView => {
    const { status, actions } = deps.breaks()
    const time = (at: number) => new Intl.DateTimeFormat(deps.locale(), { hour: 'numeric', minute: '2-digit' }).format(at)
    const line = deps.text().status(status, time)
    const icon = trayIconFile(status.kind === 'paused', deps.desktop.platform, panelShade(deps.desktop, deps.systemUiDark()))
    return { items: buildTrayMenu(deps.text().tray, line, actions), tooltip: deps.text().tooltip(line), iconPath: path.join(deps.iconsDir, icon) }
  }
  const tray = createTray(deps, deps.run, view(), trayClickOpensWindow(deps.desktop) ? deps.openHome : null)
  const render = () => tray.render(view())
  return { render, dispose: () => tray.destroy() }
}
