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
