import type { Locale, Settings } from '../../../electron/contract'

/** Theme and language live on <html>, where the design tokens and screen readers look for them. */
export function applyAppearance(root: HTMLElement, settings: Settings, locale: Locale): void {
  root.dataset.theme = settings.theme
  root.lang = locale
}
