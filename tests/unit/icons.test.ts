import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodePng, pixelAt, pixelsOf, type Pixel, type Png } from './png'

const RESOURCES = fileURLToPath(new URL('../../resources/', import.meta.url))
const ICONS = `${RESOURCES}icons/`
const SOURCES = `${ICONS}source/`

const TRAY_STATES = ['normal', 'paused'] as const
const PANELS = ['light', 'dark'] as const
const TRAY_SIZES = [16, 22, 24, 32]
const APP_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512]

type ExpectedIcon = { file: string; size: number }

const trayIcons: ExpectedIcon[] = TRAY_STATES.flatMap((state) =>
  PANELS.flatMap((panel) =>
    TRAY_SIZES.flatMap((size) => [
      { file: `icons/tray-${state}-${panel}-${size}.png`, size },
      { file: `icons/tray-${state}-${panel}-${size}@2x.png`, size: size * 2 },
    ]),
  ),
)
// For panels of unknown shade: a cream glyph inside a dark outline.
const anyPanelIcons: ExpectedIcon[] = TRAY_STATES.flatMap((state) =>
  TRAY_SIZES.flatMap((size) => [
    { file: `icons/tray-${state}-any-${size}.png`, size },
    { file: `icons/tray-${state}-any-${size}@2x.png`, size: size * 2 },
  ]),
)
const templateIcons: ExpectedIcon[] = TRAY_STATES.flatMap((state) => [
  { file: `icons/tray-${state}Template.png`, size: 16 },
  { file: `icons/tray-${state}Template@2x.png`, size: 32 },
])
const appIcons: ExpectedIcon[] = [
  ...APP_ICON_SIZES.map((size) => ({ file: `icons/icon-${size}.png`, size })),
  { file: 'icon.png', size: 512 },
]

const brightness = ({ r, g, b }: Pixel): number => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
const loadPng = (file: string): Png => decodePng(readFileSync(`${RESOURCES}${file}`))

describe('rendered icons', () => {
  it.each([...trayIcons, ...anyPanelIcons, ...templateIcons, ...appIcons])('$file is a $size×$size PNG', ({ file, size }) => {
    expect(existsSync(`${RESOURCES}${file}`), `${file} exists`).toBe(true)
    const png = loadPng(file)
    expect([png.width, png.height]).toEqual([size, size])
  })

  it.each(templateIcons)('$file is black + alpha only, and not empty', ({ file }) => {
    const pixels = pixelsOf(loadPng(file))
    expect(pixels.filter((p) => p.a > 0 && (p.r !== 0 || p.g !== 0 || p.b !== 0))).toEqual([])
    expect(pixels.some((p) => p.a === 255)).toBe(true)
  })

  it.each(trayIcons)('$file has a glyph that contrasts with its panel and a clear background', ({ file }) => {
    const png = loadPng(file)
    const glyph = pixelsOf(png).filter((p) => p.a === 255)
    expect(glyph.length).toBeGreaterThan(png.width)
    // "light" icons sit on light panels, so their glyph is dark; "dark" icons are the reverse.
    const isForLightPanel = file.includes('-light-')
    for (const pixel of glyph) {
      if (isForLightPanel) expect(brightness(pixel)).toBeLessThan(0.2)
      else expect(brightness(pixel)).toBeGreaterThan(0.8)
    }
    expect(pixelAt(png, 0, 0).a).toBe(0)
  })

  it.each(anyPanelIcons)('$file is a cream glyph with a dark outline on a clear background', ({ file }) => {
    const png = loadPng(file)
    const opaque = pixelsOf(png).filter((p) => p.a === 255)
    const cream = opaque.filter((p) => brightness(p) > 0.8)
    const ink = opaque.filter((p) => brightness(p) < 0.2)
    // Each colour carries the glyph on one kind of panel, so each needs a real share of it.
    expect(cream.length).toBeGreaterThan(png.width)
    expect(ink.length).toBeGreaterThan(png.width)
    expect(pixelAt(png, 0, 0).a).toBe(0)
  })

  it.each([...PANELS, 'any'].flatMap((panel) => TRAY_SIZES.map((size) => ({ panel, size }))))(
    'paused looks different from normal ($panel, $size px)',
    ({ panel, size }) => {
      const normal = loadPng(`icons/tray-normal-${panel}-${size}.png`)
      const paused = loadPng(`icons/tray-paused-${panel}-${size}.png`)
      expect(Buffer.from(paused.rgba).equals(Buffer.from(normal.rgba))).toBe(false)
    },
  )

  it('the app icon is an opaque rounded tile with transparent corners', () => {
    const png = loadPng('icons/icon-512.png')
    expect(pixelAt(png, 0, 0).a).toBe(0)
    expect(pixelAt(png, 511, 511).a).toBe(0)
    expect(pixelAt(png, 256, 256).a).toBe(255)
    expect(pixelAt(png, 256, 40).a).toBe(255)
  })

  it('resources/icon.png (for electron-builder) is the 512 px app icon', () => {
    expect(readFileSync(`${RESOURCES}icon.png`).equals(readFileSync(`${ICONS}icon-512.png`))).toBe(true)
  })
})

describe('SVG sources', () => {
  const sources = readdirSync(SOURCES).filter((name) => name.endsWith('.svg'))
  const read = (name: string): string => readFileSync(`${SOURCES}${name}`, 'utf8')

  it('include the tray states on both pixel grids and the app icon', () => {
    expect(sources.sort()).toEqual(
      expect.arrayContaining([
        'app-icon.svg',
        'app-icon-16.svg',
        'tray-normal-16.svg',
        'tray-normal-22.svg',
        'tray-paused-16.svg',
        'tray-paused-22.svg',
      ]),
    )
  })

  it.each(sources)('%s references nothing outside itself', (name) => {
    const svg = read(name)
    expect(svg).not.toMatch(/https?:(?!\/\/www\.w3\.org\/2000\/svg")/i)
    expect(svg).not.toMatch(/<image|<use|<script|<foreignObject|@import|\bhref=/i)
    for (const [reference] of svg.matchAll(/url\([^)]*\)/g)) expect(reference).toMatch(/^url\(#[\w-]+\)$/)
  })

  it.each(sources.filter((name) => name.startsWith('tray-')))(
    '%s paints only in currentColor, so the script decides each variant (black for templates)',
    (name) => {
      const paints = [...read(name).matchAll(/(?:fill|stroke)="([^"]+)"/g)].map(([, paint]) => paint)
      expect(paints.length).toBeGreaterThan(0)
      expect(paints.filter((paint) => paint !== 'currentColor' && paint !== 'none')).toEqual([])
    },
  )
})
