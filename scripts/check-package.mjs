// The offline packaging check (npm run check:package). Electron's binary cannot be downloaded here, so:
// 1. package the built app with electron-builder --dir (Linux, this machine's arch) around a stub
//    Electron folder made here, with the fuses left out (flipping fuses needs the real binary);
// 2. open the produced app.asar and prove it holds exactly what should ship (scripts/package-rules.mjs);
// 3. extract it and run one person's path through the e2e harness from the extracted files
//    (tests/e2e/packaged-smoke.test.mjs), so the app really starts from what was packaged.
// Run `npm run build` first (npm test does). KEEP_PACKAGE_CHECK=1 keeps the temp folder for a look.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as asar from '@electron/asar'
import yaml from 'js-yaml'
import { auditPackage, importedPackages, referencedAssets } from './package-rules.mjs'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(repoRoot, 'out')
const started = Date.now()
const log = (line) => process.stdout.write(`check:package [${((Date.now() - started) / 1000).toFixed(1)} s] ${line}\n`)

function filesUnder(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full, base) : [path.relative(base, full).split(path.sep).join('/')]
  })
}

/** The folder electron-builder copies as "Electron": an executable to rename and a resources folder. */
function makeStubElectron(dir) {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'electron'), '#!/bin/sh\necho "stub Electron for the offline packaging check" >&2\nexit 1\n', { mode: 0o755 })
}

/** electron-builder.yml as it is, minus the fuses, plus the stub and a throwaway output folder. */
function writeCheckConfig(workDir, stubDir) {
  const config = yaml.load(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8'))
  delete config.electronFuses
  config.electronDist = stubDir
  config.directories = { ...config.directories, output: path.join(workDir, 'dist') }
  const file = path.join(workDir, 'electron-builder.check.json')
  fs.writeFileSync(file, JSON.stringify(config, null, 2))
  return { file, output: config.directories.output, executableName: config.executableName }
}

function runElectronBuilder(configFile) {
  const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js')
  const arch = `--${process.arch === 'arm64' ? 'arm64' : 'x64'}`
  const result = spawnSync(process.execPath, [cli, '--dir', '--linux', arch, '--config', configFile, '--publish', 'never'], {
    cwd: repoRoot,
    encoding: 'utf8',
    // An empty cache of its own: the check must not pass only because this machine once downloaded something.
    env: { ...process.env, ELECTRON_BUILDER_CACHE: path.join(path.dirname(configFile), 'cache') },
  })
  if (result.status !== 0) throw new Error(`electron-builder --dir failed:\n${result.stdout}\n${result.stderr}`)
}

/**
 * The packaged folder's app.asar. Its executable must carry the configured name: the deb installs it as
 * /opt/Kindbreak/<name>, which is what "start at login" writes into the autostart entry.
 */
function findAsar(output, executableName) {
  const unpacked = fs.readdirSync(output).find((name) => name.startsWith('linux') && name.endsWith('unpacked'))
  if (!unpacked) throw new Error(`no unpacked app under ${output}`)
  if (!fs.existsSync(path.join(output, unpacked, executableName))) throw new Error(`the packaged executable is not named ${executableName}`)
  const archive = path.join(output, unpacked, 'resources', 'app.asar')
  if (!fs.existsSync(archive)) throw new Error(`no app.asar in ${path.join(output, unpacked)}`)
  return archive
}

/** Files only (no folders), as '/'-separated paths without the leading slash. */
function listAsarFiles(archive) {
  return asar
    .listPackage(archive, { isPack: false })
    .map((entry) => entry.replace(/^[\\/]/, '').split(path.sep).join('/'))
    .filter((entry) => !('files' in asar.statFile(archive, entry)))
}

/** What must sit outside node_modules in the asar: every built file (no maps), package.json, the icons. */
function expectedAppFiles() {
  const built = filesUnder(outDir).filter((file) => !file.endsWith('.map')).map((file) => `out/${file}`)
  const icons = fs.readdirSync(path.join(repoRoot, 'resources/icons')).filter((file) => file.endsWith('.png')).map((file) => `resources/icons/${file}`)
  const packageJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'))
  const html = fs.readFileSync(path.join(outDir, 'renderer/index.html'), 'utf8')
  // Named even if the build forgot them, so their absence shows up as missing rather than not expected.
  const required = [
    'package.json',
    packageJson.main,
    'out/main/app.js',
    'out/preload/preload.cjs',
    'out/renderer/index.html',
    ...referencedAssets(html).map((asset) => `out/renderer/${asset}`),
  ]
  return new Set([...required, ...built, ...icons])
}

function mainBundleImports() {
  const bundles = filesUnder(path.join(outDir, 'main')).filter((file) => /\.[cm]?js$/.test(file))
  return [...new Set(bundles.flatMap((file) => importedPackages(fs.readFileSync(path.join(outDir, 'main', file), 'utf8'))))].sort()
}

function report(audit) {
  const sections = [
    ['missing from app.asar', audit.missing],
    ['runtime dependencies missing from app.asar', audit.missingDependencies],
    ['in app.asar but not expected', audit.extra],
    ['in app.asar but never to be shipped', audit.forbidden],
  ].filter(([, items]) => items.length > 0)
  for (const [title, items] of sections) console.error(`\n${title}:\n${items.map((item) => `  - ${item}`).join('\n')}`)
  return sections.length === 0
}

function runPackagedSmoke(extracted) {
  const result = spawnSync(process.execPath, ['--test', path.join(repoRoot, 'tests/e2e/packaged-smoke.test.mjs')], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, KINDBREAK_PACKAGED_APP: extracted },
  })
  return result.status === 0
}

function main() {
  if (!fs.existsSync(path.join(outDir, 'main', 'app.js'))) throw new Error('No built app in out/. Run "npm run build" first.')
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-package-'))
  try {
    const stubDir = path.join(workDir, 'electron-stub')
    makeStubElectron(stubDir)
    const { file, output, executableName } = writeCheckConfig(workDir, stubDir)
    log('packaging with electron-builder --dir (stub Electron, no fuses)…')
    runElectronBuilder(file)
    const archive = findAsar(output, executableName)
    const files = listAsarFiles(archive)
    const entryPackages = mainBundleImports()
    log(`app.asar holds ${files.length} files; the main bundle imports ${entryPackages.join(', ') || 'no packages'}`)
    const audit = auditPackage({
      files,
      expectedAppFiles: expectedAppFiles(),
      entryPackages,
      readPackageJson: (file) => JSON.parse(asar.extractFile(archive, file).toString('utf8')),
    })
    if (!report(audit)) return false
    log('contents as expected; extracting and starting the packaged app through the harness…')
    const extracted = path.join(workDir, 'extracted')
    asar.extractAll(archive, extracted)
    if (!runPackagedSmoke(extracted)) return false
    log('packaged app passed its smoke path')
    return true
  } finally {
    if (process.env.KEEP_PACKAGE_CHECK) log(`kept ${workDir}`)
    else fs.rmSync(workDir, { recursive: true, force: true })
  }
}

try {
  process.exitCode = main() ? 0 : 1
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
