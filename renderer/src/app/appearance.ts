import type { Locale, Settings } from '../../../electron/contract'

/** Theme, motion and language live on <html>, where the design tokens and screen readers look for them. */
export function applyAppearance(root: HTMLElement, settings: Settings, locale: Locale): void {
  root.dataset.theme = settings.theme
  // 'system' leaves the choice to prefers-reduced-motion (see tokens.css).
  if (settings.motion === 'system') delete root.dataset.motion
  else root.dataset.motion = settings.motion
  root.lang = locale
}
