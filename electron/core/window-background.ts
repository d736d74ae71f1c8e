/**
 * The colour the window paints before its page arrives: the page's own background (--color-bg in
 * renderer/src/styles/tokens.css; a unit test keeps them equal), so opening it never flashes. Electron
 * honours an alpha channel only with `transparent: true` (docs/api/structures/base-window-options.md), so a
 * "transparent" '#00000000' would paint black.
 */
export const windowBackgrounds = { light: '#FAF5EE', dark: '#1E1A21' } as const

export function windowBackground(theme: 'system' | 'light' | 'dark', systemIsDark: boolean): string {
  const dark = theme === 'dark' || (theme === 'system' && systemIsDark)
  return dark ? windowBackgrounds.dark : windowBackgrounds.light
}
