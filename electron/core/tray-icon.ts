/**
 * The shade of the panel the tray icon sits on, as far as the app can know it. This is the desktop's
 * panel, not the app's own window theme: `nativeTheme.shouldUseDarkColors` follows the app's theme
 * setting (`themeSource`), so a user with a light app theme on a dark taskbar would get a dark glyph
 * on a dark panel. 'unknown' means the app cannot tell, and needs a glyph readable on either.
 */
export type PanelShade = 'dark' | 'light' | 'unknown'

/**
 * Where the tray lives. `desktop` is the Linux desktop environment in lower case ('gnome', 'kde', …), as
 * core/desktop.ts reads it; null (or anything) on other platforms, which ignore it.
 */
export type TrayDesktop = { platform: string; desktop: string | null }

/**
 * Which panel shade to draw for.
 * - Windows: the taskbar follows the system colour mode, which may differ from the app mode. Electron
 *   reports it as `nativeTheme.shouldUseDarkColorsForSystemIntegratedUI` (docs/api/native-theme.md:
 *   "distinguishes between system and app light/dark theme"), so the caller passes that here.
 * - GNOME: the Shell's top bar is dark in both the light and the dark style, whatever the colour scheme.
 * - KDE and other Linux desktops: the panel has its own theme that Electron does not expose
 *   (shouldUseDarkColorsForSystemIntegratedUI is documented for macOS and Windows only), so 'unknown'.
 * - macOS: 'unknown' too, and it does not matter: the menu bar gets a template image that macOS tints.
 */
export function panelShade(where: TrayDesktop, systemIntegratedUiDark: boolean): PanelShade {
  if (where.platform === 'win32') return systemIntegratedUiDark ? 'dark' : 'light'
  if (where.platform === 'linux' && where.desktop === 'gnome') return 'dark'
  return 'unknown'
}

/**
 * The tray image for a state, a platform and a panel. macOS wants a template image that it recolours for
 * the menu bar itself (docs/api/tray.md, docs/api/native-image.md "Template Image"); Windows draws tray
 * icons at 16 px, Linux panels mostly at 22. A dark panel needs the light glyph and the reverse; a panel
 * of unknown shade gets the `any` glyph, cream inside a dark outline, which reads on both.
 */
export function trayIconFile(paused: boolean, platform: string, panel: PanelShade): string {
  const state = paused ? 'paused' : 'normal'
  if (platform === 'darwin') return `tray-${state}Template.png`
  const size = platform === 'win32' ? 16 : 22
  // The files are named after the panel they suit: tray-normal-dark-22.png has the light glyph.
  return `tray-${state}-${panel === 'unknown' ? 'any' : panel}-${size}.png`
}
