// Writes the licences of everything Kindbreak ships to renderer/src/about/licences.json, for the About screen:
// the runtime dependencies and everything they pull in, the libraries bundled into the window, and Electron.
// Each licence comes from the package's own package.json. `--check` compares instead of writing (for CI).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const output = path.join(root, 'renderer/src/about/licences.json')

// Listed as devDependencies because Vite bundles them into the window's script, which does ship.
const bundledIntoWindow = ['react', 'react-dom']
// Electron ships as the runtime itself; its own dependencies only download that binary and do not ship.
const runtimeWithoutDependencies = ['electron']

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'))

/** Node's lookup: the nearest node_modules/<name> from `fromDir` upwards. */
function packageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name)
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate
    if (dir === path.dirname(dir)) throw new Error(`${name} is not installed (looked up from ${fromDir}); run npm ci first`)
  }
}

/** The SPDX expression, also from the older `licenses` array or `{ type }` object forms. */
function licenceOf(manifest) {
  const field = manifest.license ?? manifest.licenses
  const names = (Array.isArray(field) ? field : [field]).map((entry) => (typeof entry === 'object' && entry !== null ? entry.type : entry))
  if (names.some((name) => typeof name !== 'string' || name.trim() === '')) {
    throw new Error(`${manifest.name}@${manifest.version} states no licence; check it by hand before shipping it`)
  }
  return names.length === 1 ? names[0] : `(${names.join(' OR ')})`
}

function collect() {
  const found = new Map()
  const visit = (name, fromDir, withDependencies) => {
    const dir = packageDir(name, fromDir)
    const manifest = readJson(path.join(dir, 'package.json'))
    const key = `${manifest.name}@${manifest.version}`
    if (found.has(key)) return
    found.set(key, { name: manifest.name, version: manifest.version, licence: licenceOf(manifest) })
    if (withDependencies) for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir, true)
  }
  const project = readJson(path.join(root, 'package.json'))
  for (const name of [...Object.keys(project.dependencies ?? {}), ...bundledIntoWindow]) visit(name, root, true)
  for (const name of runtimeWithoutDependencies) visit(name, root, false)
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
}

const text = `${JSON.stringify(collect(), null, 2)}\n`
if (process.argv.includes('--check')) {
  const current = fs.existsSync(output) ? fs.readFileSync(output, 'utf8') : ''
  if (current !== text) {
    process.stderr.write(`${path.relative(root, output)} is out of date: run node scripts/licences.mjs\n`)
    process.exit(1)
  }
} else {
  fs.writeFileSync(output, text)
  process.stdout.write(`wrote ${path.relative(root, output)}\n`)
}
