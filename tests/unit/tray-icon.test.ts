import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { panelShade, trayIconFile, type PanelShade } from '../../electron/core/tray-icon'
import { decodePng, pixelsOf, type Pixel } from './png'

const ICONS = new URL('../../resources/icons/', import.meta.url)

type Panel = 'dark' | 'light'
const PANEL_COLOURS: Record<Panel, Pixel> = {
  dark: { r: 0x20, g: 0x20, b: 0x20, a: 255 },
  light: { r: 0xf2, g: 0xf2, b: 0xf2, a: 255 },
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance({ r, g, b }: Pixel): number {
  const linear = (channel: number): number => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}
function contrast(a: Pixel, b: Pixel): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}
function over(pixel: Pixel, background: Pixel): Pixel {
  const alpha = pixel.a / 255
  const mix = (top: number, bottom: number): number => Math.round(top * alpha + bottom * (1 - alpha))
  return { r: mix(pixel.r, background.r), g: mix(pixel.g, background.g), b: mix(pixel.b, background.b), a: 255 }
}

/** WCAG's minimum for graphics that carry meaning (1.4.11 Non-text Contrast). */
const MIN_CONTRAST = 3
/** The share of the glyph that must stand out: enough to make out its shape, not merely a speck of it. */
const MIN_READABLE_SHARE = 0.3

/** The share of the glyph's (mostly) opaque pixels that contrast with the panel, after compositing on it. */
function readableShare(file: string, panel: Panel): number {
  const glyph = pixelsOf(decodePng(readFileSync(new URL(file, ICONS)))).filter((p) => p.a >= 128)
  const background = PANEL_COLOURS[panel]
  const readable = glyph.filter((p) => contrast(over(p, background), background) >= MIN_CONTRAST)
  return glyph.length === 0 ? 0 : readable.length / glyph.length
}

/**
 * Desktops as they are: the panel the tray sits on, given the system's and the app's colour modes.
 * Windows' taskbar follows the system mode; GNOME's top bar is dark in both modes; a KDE (or sway, or
 * other) panel has its own theme, so it may be either, whatever the modes say.
 */
type World = { platform: string; desktop: string | null; systemDark: boolean; appDark: boolean; panel: Panel }
const DESKTOPS = [
  { platform: 'win32', desktop: null, panels: (systemDark: boolean): Panel[] => [systemDark ? 'dark' : 'light'] },
  { platform: 'linux', desktop: 'gnome', panels: (): Panel[] => ['dark'] },
  ...['kde', 'sway', 'other', ''].map((desktop) => ({ platform: 'linux', desktop, panels: (): Panel[] => ['dark', 'light'] })),
]
const worlds: World[] = DESKTOPS.flatMap(({ platform, desktop, panels }) =>
  [false, true].flatMap((systemDark) =>
    [false, true].flatMap((appDark) => panels(systemDark).map((panel) => ({ platform, desktop, systemDark, appDark, panel }))),
  ),
)
const label = (w: World): string =>
  `${w.platform}${w.desktop ? `/${w.desktop}` : ''}, system ${w.systemDark ? 'dark' : 'light'}, app ${w.appDark ? 'dark' : 'light'}, ${w.panel} panel`

type Chooser = (paused: boolean, world: World) => string
/** What the app does: the panel's shade from the desktop and the system-integrated UI mode, never the app's theme. */
const chosenByApp: Chooser = (paused, w) =>
  trayIconFile(paused, w.platform, panelShade({ platform: w.platform, desktop: w.desktop }, w.systemDark))

/** Every icon a chooser picks that is hard to read on the panel it lands on, @2x siblings included. */
function unreadable(choose: Chooser): string[] {
  return worlds.flatMap((world) =>
    [false, true].flatMap((paused) => {
      const file = choose(paused, world)
      return [file, file.replace(/\.png$/, '@2x.png')]
        .map((candidate) => ({ candidate, share: readableShare(candidate, world.panel) }))
        .filter(({ share }) => share < MIN_READABLE_SHARE)
        .map(({ candidate, share }) => `${label(world)}: ${candidate} (${Math.round(share * 100)} % readable)`)
    }),
  )
}

describe('the tray icon is readable on the panel it lands on', () => {
  it.each(worlds.map((world) => [label(world), world] as const))('%s', (_, world) => {
    for (const paused of [false, true]) {
      const file = chosenByApp(paused, world)
      for (const candidate of [file, file.replace(/\.png$/, '@2x.png')]) {
        expect(readableShare(candidate, world.panel), `${label(world)}: ${candidate}`).toBeGreaterThanOrEqual(MIN_READABLE_SHARE)
      }
    }
  })

  it('the check catches an icon that follows the app theme instead of the panel (the bug this replaced)', () => {
    const followsAppTheme: Chooser = (paused, w) =>
      trayIconFile(paused, w.platform, w.appDark ? 'dark' : 'light')
    const failures = unreadable(followsAppTheme)
    expect(failures.length).toBeGreaterThan(0)
    expect(failures.some((failure) => failure.startsWith('linux/gnome, system light, app light, dark panel'))).toBe(true)
    expect(failures.some((failure) => failure.startsWith('win32, system dark, app light, dark panel'))).toBe(true)
  })

  it.each(['dark', 'light'] as const)('the any-panel glyph reads on a %s panel at every size', (panel) => {
    for (const state of ['normal', 'paused']) {
      for (const size of [16, 22, 24, 32]) {
        for (const file of [`tray-${state}-any-${size}.png`, `tray-${state}-any-${size}@2x.png`]) {
          expect(readableShare(file, panel), file).toBeGreaterThanOrEqual(MIN_READABLE_SHARE)
        }
      }
    }
  })
})

describe('panelShade', () => {
  it.each([
    { platform: 'win32', desktop: null, systemDark: true, shade: 'dark' },
    { platform: 'win32', desktop: null, systemDark: false, shade: 'light' },
    { platform: 'linux', desktop: 'gnome', systemDark: false, shade: 'dark' },
    { platform: 'linux', desktop: 'gnome', systemDark: true, shade: 'dark' },
    { platform: 'linux', desktop: 'kde', systemDark: true, shade: 'unknown' },
    { platform: 'linux', desktop: 'kde', systemDark: false, shade: 'unknown' },
    { platform: 'linux', desktop: 'sway', systemDark: true, shade: 'unknown' },
    { platform: 'linux', desktop: '', systemDark: false, shade: 'unknown' },
    { platform: 'darwin', desktop: null, systemDark: true, shade: 'unknown' },
    { platform: 'darwin', desktop: null, systemDark: false, shade: 'unknown' },
  ] satisfies { platform: string; desktop: string | null; systemDark: boolean; shade: PanelShade }[])(
    '$platform $desktop, system dark $systemDark → $shade',
    ({ platform, desktop, systemDark, shade }) => {
      expect(panelShade({ platform, desktop }, systemDark)).toBe(shade)
    },
  )
})

describe('trayIconFile', () => {
  it.each([
    { paused: false, platform: 'win32', panel: 'dark', file: 'tray-normal-dark-16.png' },
    { paused: true, platform: 'win32', panel: 'light', file: 'tray-paused-light-16.png' },
    { paused: false, platform: 'linux', panel: 'dark', file: 'tray-normal-dark-22.png' },
    { paused: false, platform: 'linux', panel: 'unknown', file: 'tray-normal-any-22.png' },
    { paused: true, platform: 'linux', panel: 'unknown', file: 'tray-paused-any-22.png' },
    { paused: true, platform: 'win32', panel: 'unknown', file: 'tray-paused-any-16.png' },
    { paused: false, platform: 'darwin', panel: 'unknown', file: 'tray-normalTemplate.png' },
    { paused: true, platform: 'darwin', panel: 'dark', file: 'tray-pausedTemplate.png' },
  ] satisfies { paused: boolean; platform: string; panel: PanelShade; file: string }[])(
    'paused $paused on $platform, $panel panel → $file',
    ({ paused, platform, panel, file }) => {
      expect(trayIconFile(paused, platform, panel)).toBe(file)
    },
  )
})
