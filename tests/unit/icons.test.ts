import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

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
const templateIcons: ExpectedIcon[] = TRAY_STATES.flatMap((state) => [
  { file: `icons/tray-${state}Template.png`, size: 16 },
  { file: `icons/tray-${state}Template@2x.png`, size: 32 },
])
const appIcons: ExpectedIcon[] = [
  ...APP_ICON_SIZES.map((size) => ({ file: `icons/icon-${size}.png`, size })),
  { file: 'icon.png', size: 512 },
]

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

type Png = { width: number; height: number; rgba: Uint8Array }

/** Just enough of a PNG decoder for Chromium's screenshots: 8-bit RGB or RGBA, not interlaced. */
function decodePng(bytes: Buffer): Png {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG: bad signature')
  let offset = 8
  let header: { width: number; height: number; bitDepth: number; colourType: number; interlace: number } | undefined
  const imageData: Buffer[] = []
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('ascii', offset + 4, offset + 8)
    const data = bytes.subarray(offset + 8, offset + 8 + length)
    if (offset === 8 && type !== 'IHDR') throw new Error('not a PNG: IHDR must come first')
    if (type === 'IHDR') {
      header = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        bitDepth: data.readUInt8(8),
        colourType: data.readUInt8(9),
        interlace: data.readUInt8(12),
      }
    }
    if (type === 'IDAT') imageData.push(data)
    offset += 12 + length
  }
  if (!header) throw new Error('not a PNG: no IHDR')
  const channels = header.colourType === 6 ? 4 : header.colourType === 2 ? 3 : 0
  if (channels === 0 || header.bitDepth !== 8 || header.interlace !== 0) {
    throw new Error(`unsupported PNG layout (colour type ${header.colourType}, depth ${header.bitDepth})`)
  }
  const { width, height } = header
  const raw = inflateSync(Buffer.concat(imageData))
  const stride = width * channels
  const pixels = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0
      const upLeft = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0
      pixels[y * stride + x] = (value + unfilterPredictor(filter, left, up, upLeft)) & 0xff
    }
  }
  const rgba = new Uint8Array(width * height * 4)
  for (let i = 0; i < width * height; i++) {
    rgba.set(pixels.subarray(i * channels, i * channels + 3), i * 4)
    rgba[i * 4 + 3] = channels === 4 ? (pixels[i * channels + 3] ?? 0) : 255
  }
  return { width, height, rgba }
}

function unfilterPredictor(filter: number | undefined, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0
    case 1:
      return left
    case 2:
      return up
    case 3:
      return Math.floor((left + up) / 2)
    case 4: {
      const estimate = left + up - upLeft
      const [dLeft, dUp, dUpLeft] = [left, up, upLeft].map((v) => Math.abs(estimate - v))
      if ((dLeft ?? 0) <= (dUp ?? 0) && (dLeft ?? 0) <= (dUpLeft ?? 0)) return left
      return (dUp ?? 0) <= (dUpLeft ?? 0) ? up : upLeft
    }
    default:
      throw new Error(`unknown PNG filter ${filter}`)
  }
}

type Pixel = { r: number; g: number; b: number; a: number }

function pixelAt({ rgba, width }: Png, x: number, y: number): Pixel {
  const i = (y * width + x) * 4
  return { r: rgba[i] ?? 0, g: rgba[i + 1] ?? 0, b: rgba[i + 2] ?? 0, a: rgba[i + 3] ?? 0 }
}
function pixelsOf(png: Png): Pixel[] {
  return Array.from({ length: png.width * png.height }, (_, i) => pixelAt(png, i % png.width, Math.floor(i / png.width)))
}

const brightness = ({ r, g, b }: Pixel): number => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
const loadPng = (file: string): Png => decodePng(readFileSync(`${RESOURCES}${file}`))

describe('rendered icons', () => {
  it.each([...trayIcons, ...templateIcons, ...appIcons])('$file is a $size×$size PNG', ({ file, size }) => {
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

  it.each(PANELS.flatMap((panel) => TRAY_SIZES.map((size) => ({ panel, size }))))(
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
