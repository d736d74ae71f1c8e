/**
 * The tray image for a state and a platform. macOS wants a template image it tints itself; Windows draws
 * tray icons at 16 px; Linux panels mostly at 22. A dark panel needs the light glyph, and the reverse.
 */
export function trayIconFile(paused: boolean, platform: string, darkPanel: boolean): string {
  const state = paused ? 'paused' : 'normal'
  if (platform === 'darwin') return `tray-${state}Template.png`
  const size = platform === 'win32' ? 16 : 22
  return `tray-${state}-${darkPanel ? 'dark' : 'light'}-${size}.png`
}
