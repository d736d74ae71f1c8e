// Screenshots of the breathing guide at the moments worth seeing, light and dark, for docs/screenshots:
// the picker, a paced breath in mid-flow, natural rhythm, and the closing. Run by hand after a build:
//   node bench/breathing-screenshots.mjs [--out=docs/screenshots] [--app=out]
// The page clock is frozen, so each picture shows exactly the instant named here.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchApp } from '../tests/harness/index.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const outDir = path.resolve(root, option('out', 'docs/screenshots'))
const appDir = path.resolve(root, option('app', 'out'))
const now = Date.UTC(2025, 2, 4, 10, 0)
fs.mkdirSync(outDir, { recursive: true })

async function freezeClock(page) {
  const pageNow = await page.evaluate(() => Date.now())
  await page.clock.pauseAt(pageNow + 1_000)
}

/** Each picture: how to get there from the breathing picker, with the clock frozen. */
const pictures = {
  picker: async () => {},
  session: async (page) => {
    await page.getByRole('radio', { name: 'Box 4-4-4-4' }).check()
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    // Two thirds of the way through the second breath in: the circle is well on its way to full.
    await page.clock.runFor(16_000 + 2_700)
  },
  natural: async (page) => {
    await page.getByRole('radio', { name: 'Natural rhythm' }).check()
    await page.getByRole('checkbox', { name: 'Show a reminder to rest a hand on your heart' }).check()
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await page.clock.runFor(9_000)
  },
  closing: async (page) => {
    await page.getByRole('radio', { name: 'Extended exhale 4-6' }).check()
    await page.getByRole('radio', { name: '1 minute' }).check()
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await page.clock.runFor(60_500)
    await page.getByRole('heading', { name: 'Breathing finished' }).waitFor()
  },
}

for (const [name, reach] of Object.entries(pictures)) {
  for (const theme of ['light', 'dark']) {
    const app = await launchApp({ now, outDir: appDir, colorScheme: theme, settings: { schemaVersion: 1, theme, checkIn: false } })
    try {
      await app.tray.click('Breathe')
      const page = await app.waitForWindow()
      await page.getByRole('heading', { level: 1, name: 'Breathe' }).waitFor()
      await freezeClock(page)
      await reach(page)
      const file = path.join(outDir, `breathe-${name}-${theme}.png`)
      await page.screenshot({ path: file })
      if (app.errors().length > 0) throw new Error(app.errors().join('\n'))
      process.stdout.write(`${path.relative(root, file)}\n`)
    } finally {
      await app.quit()
    }
  }
}
