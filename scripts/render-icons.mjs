// Renders Kindbreak's SVG icon sources (resources/icons/source/) to the PNGs the app and the packager use.
//   node scripts/render-icons.mjs
// Uses Debian's Chromium through playwright-core (CHROMIUM_PATH overrides the path), so the PNGs come
// from the same engine that draws the app and need no image library.
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { chromium } from 'playwright-core'

const RESOURCES = new URL('../resources/', import.meta.url)
const ICONS = new URL('icons/', RESOURCES)
const SOURCES = new URL('source/', ICONS)

// Tray glyph colour per panel the icon sits on: dark ink on light panels, warm cream on dark panels.
// macOS template images must be black + alpha; the system recolours them itself.
const TRAY_GLYPH_COLOURS = { light: '#2e2433', dark: '#f3ebe2' }
// For panels whose shade the app cannot know (KDE and most other Linux desktops): the cream glyph inside a
// thin ink outline, so the cream carries it on a dark panel and the outline on a light one.
// The outline is 1 px up to 24 px and grows slowly beyond (2 px at 32–48, 3 px at 64), so it stays thin.
const ANY_PANEL = { glyph: '#f3ebe2', outline: '#2e2433', outlinePixels: (size) => Math.max(1, Math.round(size / 20)) }
const TEMPLATE_COLOUR = '#000000'
const TRAY_STATES = ['normal', 'paused']
const TRAY_SIZES = [16, 22, 24, 32]
const TEMPLATE_SIZE = 16
const APP_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512]

/** Reads every source SVG whose name starts with `prefix`, keyed by its grid (the viewBox width). */
async function sourcesByGrid(prefix) {
  const names = (await readdir(SOURCES)).filter((name) => name.startsWith(prefix) && name.endsWith('.svg'))
  const byGrid = new Map()
  for (const name of names) {
    const svg = await readFile(new URL(name, SOURCES), 'utf8')
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)
    if (!viewBox || viewBox[1] !== viewBox[2]) throw new Error(`${name}: needs a square viewBox starting at 0 0`)
    byGrid.set(Number(viewBox[1]), svg)
  }
  if (byGrid.size === 0) throw new Error(`no sources named ${prefix}*.svg`)
  return byGrid
}

/**
 * Chooses the source drawn on the grid that fits `size` at a whole-number scale with the least empty
 * margin, so strokes drawn on whole units land on whole pixels (e.g. 24 px = the 22 grid + 1 px margin).
 */
function pixelAlignedPlacement(byGrid, size) {
  const fits = [...byGrid.keys()]
    .map((grid) => ({ grid, scale: Math.floor(size / grid) }))
    .filter(({ grid, scale }) => scale >= 1 && (size - grid * scale) % 2 === 0)
    .sort((a, b) => b.grid * b.scale - a.grid * a.scale)
  const best = fits[0]
  if (!best) throw new Error(`no source grid fits ${size} px on whole pixels`)
  return { svg: byGrid.get(best.grid), drawnSize: best.grid * best.scale }
}

/**
 * The simplest drawing that was made for this size: a small-grid redraw serves up to twice its grid,
 * beyond that the next, more detailed drawing is scaled down smoothly.
 */
function detailFittingPlacement(byGrid, size) {
  const grids = [...byGrid.keys()].sort((a, b) => a - b)
  const grid = grids.find((candidate) => size <= candidate * 2) ?? grids[grids.length - 1]
  return { svg: byGrid.get(grid), drawnSize: size }
}

/**
 * The same source with an outline `pixels` wide once rendered at `drawnSize`, beneath it. The
 * outline is the glyph's own shape grown outwards, so it also closes round the hands' cut ends, which a
 * wider copy of the stroke would leave open; the glyph is painted over it unchanged. SVG can only grow a
 * shape by a rectangle (feMorphology), so three rectangles (wide, tall, square) together grow it by a
 * near-circle (an octagon: 0.41 ≈ tan 22.5°, 0.71 ≈ cos 45°); a square alone gives boxy corners at 32 px and up.
 */
function withOutline({ svg, drawnSize }, outline, pixels) {
  const r = pixels / (drawnSize / Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1])) // in grid units
  const grow = (rx, ry, result) =>
    `<feMorphology in="SourceAlpha" operator="dilate" radius="${rx} ${ry}" result="${result}"/>`
  const filter =
    '<defs><filter id="outline" x="-2" y="-2" width="200" height="200" filterUnits="userSpaceOnUse" color-interpolation-filters="sRGB">' +
    grow(r, r * 0.41, 'wide') + grow(r * 0.41, r, 'tall') + grow(r * 0.71, r * 0.71, 'square') +
    '<feMerge result="grown"><feMergeNode in="wide"/><feMergeNode in="tall"/><feMergeNode in="square"/></feMerge>' +
    `<feFlood flood-color="${outline}"/><feComposite in2="grown" operator="in" result="ring"/>` +
    '<feMerge><feMergeNode in="ring"/><feMergeNode in="SourceGraphic"/></feMerge></filter></defs>'
  const outlined = svg.replace(/(<svg[^>]*>)([\s\S]*)(<\/svg>)/, `$1${filter}<g filter="url(#outline)">$2</g>$3`)
  if (outlined === svg) throw new Error('cannot outline a source that is not one <svg> element')
  return { svg: outlined, drawnSize }
}

/** `glyphColour` fills the `currentColor` parts of a source; full-colour sources ignore it. */
async function renderPng(page, { svg, drawnSize }, size, glyphColour = 'black') {
  const margin = (size - drawnSize) / 2
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<!doctype html><style>
      html, body { margin: 0; background: transparent; }
      svg { display: block; position: absolute; left: ${margin}px; top: ${margin}px;
            width: ${drawnSize}px; height: ${drawnSize}px; color: ${glyphColour}; }
    </style>${svg}`,
  )
  return page.screenshot({ omitBackground: true, type: 'png' })
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
  const written = []
  const write = async (url, png) => {
    await writeFile(url, png)
    written.push(url.pathname)
  }
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 })

    for (const state of TRAY_STATES) {
      const sources = await sourcesByGrid(`tray-${state}-`)
      for (const [panel, colour] of Object.entries(TRAY_GLYPH_COLOURS)) {
        for (const size of TRAY_SIZES) {
          for (const [factor, suffix] of [[1, ''], [2, '@2x']]) {
            const pixels = size * factor
            const png = await renderPng(page, pixelAlignedPlacement(sources, pixels), pixels, colour)
            await write(new URL(`tray-${state}-${panel}-${size}${suffix}.png`, ICONS), png)
          }
        }
      }
      for (const size of TRAY_SIZES) {
        for (const [factor, suffix] of [[1, ''], [2, '@2x']]) {
          const pixels = size * factor
          const placement = withOutline(pixelAlignedPlacement(sources, pixels), ANY_PANEL.outline, ANY_PANEL.outlinePixels(pixels))
          const png = await renderPng(page, placement, pixels, ANY_PANEL.glyph)
          await write(new URL(`tray-${state}-any-${size}${suffix}.png`, ICONS), png)
        }
      }
      // Electron treats a file name ending in "Template" (before @2x) as a macOS template image.
      for (const [factor, suffix] of [[1, ''], [2, '@2x']]) {
        const pixels = TEMPLATE_SIZE * factor
        const png = await renderPng(page, pixelAlignedPlacement(sources, pixels), pixels, TEMPLATE_COLOUR)
        await write(new URL(`tray-${state}Template${suffix}.png`, ICONS), png)
      }
    }

    const appSources = await sourcesByGrid('app-icon')
    for (const size of APP_ICON_SIZES) {
      const png = await renderPng(page, detailFittingPlacement(appSources, size), size)
      await write(new URL(`icon-${size}.png`, ICONS), png)
      // electron-builder picks up resources/icon.png as the source for every platform's app icon.
      if (size === 512) await write(new URL('icon.png', RESOURCES), png)
    }
  } finally {
    await browser.close()
  }
  console.log(`wrote ${written.length} icons:\n${written.join('\n')}`)
}

await main()
