/** A small PNG reader for the icon tests: decodes Chromium's screenshots into RGBA pixels. */
import { inflateSync } from 'node:zlib'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export type Png = { width: number; height: number; rgba: Uint8Array }

/** Just enough of a PNG decoder for Chromium's screenshots: 8-bit RGB or RGBA, not interlaced. */
export function decodePng(bytes: Buffer): Png {
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

export type Pixel = { r: number; g: number; b: number; a: number }

export function pixelAt({ rgba, width }: Png, x: number, y: number): Pixel {
  const i = (y * width + x) * 4
  return { r: rgba[i] ?? 0, g: rgba[i + 1] ?? 0, b: rgba[i + 2] ?? 0, a: rgba[i + 3] ?? 0 }
}
export function pixelsOf(png: Png): Pixel[] {
  return Array.from({ length: png.width * png.height }, (_, i) => pixelAt(png, i % png.width, Math.floor(i / png.width)))
}
