// One person's path through the app as it was packaged: started from the files extracted out of app.asar,
// with the dependencies that were packaged next to them. scripts/check-package.mjs packages, extracts and
// then runs this file with KINDBREAK_PACKAGED_APP set; in the plain e2e run there is no package yet.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { test } from 'node:test'
import { openFromTray, withApp } from './support.mjs'

const packagedApp = process.env.KINDBREAK_PACKAGED_APP
const skip = packagedApp ? false : 'runs from "npm run check:package", which packages and extracts the app first'

test('the packaged app starts from its own files: tray → window → home screen', { skip }, async () => {
  const outDir = path.join(packagedApp, 'out')
  const mainBundle = path.join(outDir, 'main', 'app.js')
  const packageJson = JSON.parse(fs.readFileSync(path.join(packagedApp, 'package.json'), 'utf8'))
  // If a dependency were missing from the package, Node could still find the repository's copy only through
  // a node_modules folder above the extraction; make sure every one resolves inside the package.
  const resolveFromBundle = createRequire(mainBundle)
  for (const dependency of Object.keys(packageJson.dependencies ?? {})) {
    const resolved = resolveFromBundle.resolve(dependency)
    assert.ok(resolved.startsWith(packagedApp + path.sep), `${dependency} resolves to ${resolved}, outside the package`)
  }

  await withApp({ outDir }, async (app) => {
    const icon = app.tray.icon()
    assert.ok(icon?.startsWith(packagedApp + path.sep) && fs.existsSync(icon), `the tray icon ${icon} ships inside the package`)

    const page = await openFromTray(app, 'Settings')
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    await page.getByRole('button', { name: 'Back to the start' }).click()
    await page.getByRole('heading', { level: 1, name: 'Kindbreak' }).waitFor()
    for (const practice of ['Self-compassion break', 'Breathe', 'Soothing touch', 'Reframe a thought']) {
      await page.getByRole('button', { name: new RegExp(`^${practice}`) }).waitFor()
    }
  })
})
