// What a packaged app.asar must hold and must not hold. Pure functions over a file listing, so the rules
// are unit-tested (tests/unit/packaging-config.test.ts) apart from the slow packaging run that uses them
// (scripts/check-package.mjs).
import { isBuiltin } from 'node:module'
import { parseAst } from 'rolldown/parseAst'

/** Electron provides `electron` itself; it is never shipped inside the app. */
const providedByRuntime = new Set(['electron'])

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
export function packageNameOf(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** Not relative, not absolute, not a URL (node:, file:, data:). */
function isBareSpecifier(specifier) {
  return !specifier.startsWith('.') && !specifier.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(specifier)
}

function* walk(node) {
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child)
  } else if (node && typeof node === 'object') {
    if (typeof node.type === 'string') yield node
    for (const value of Object.values(node)) if (value && typeof value === 'object') yield* walk(value)
  }
}

function specifierOf(node) {
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
      return node.source?.value
    case 'ImportExpression':
      return node.source?.type === 'Literal' ? node.source.value : undefined
    case 'CallExpression':
      return node.callee?.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal'
        ? node.arguments[0].value
        : undefined
    default:
      return undefined
  }
}

/** The packages a built bundle loads at runtime: static and dynamic imports, re-exports and require calls. */
export function importedPackages(source) {
  const names = new Set()
  for (const node of walk(parseAst(source))) {
    const specifier = specifierOf(node)
    if (typeof specifier !== 'string' || !isBareSpecifier(specifier) || isBuiltin(specifier)) continue
    const name = packageNameOf(specifier)
    if (!providedByRuntime.has(name)) names.add(name)
  }
  return [...names].sort()
}

const nodeModules = 'node_modules/'
const licenceFile = /^(licen[cs]e|copying|notice|authors)([.-].*)?$/i
const devOnlyFolders = new Set(['test', 'tests', '__tests__', 'spec', 'specs', 'e2e', 'fixtures', 'bench', 'benchmark', 'benchmarks', 'docs', 'doc', 'example', 'examples', 'coverage'])

/** Files that have no business in an installed app, each with the reason a person reads when one appears. */
export const forbiddenRules = [
  { reason: 'a source map', matches: (file) => file.endsWith('.map') },
  { reason: 'TypeScript source or declarations', matches: (file) => /\.(ts|tsx|cts|mts)$/.test(file) },
  { reason: 'an environment or key file', matches: (file) => /(^|\/)\.env([./]|$)|\.(pem|key|p12|pfx)$/.test(file) },
  { reason: 'a hidden (dot) file', matches: (file) => file.split('/').some((part) => part.startsWith('.')) },
  { reason: 'tests, benchmarks, docs or examples', matches: (file) => file.split('/').slice(0, -1).some((part) => devOnlyFolders.has(part)) || /\.(test|spec|bench)\.[cm]?[jt]sx?$/.test(file) },
  { reason: 'documentation', matches: (file) => /\.(md|markdown)$/i.test(file) && !licenceFile.test(file.split('/').pop()) },
  { reason: 'development configuration', matches: (file) => /(^|\/)(tsconfig[^/]*\.json|eslint\.config\.[cm]?js|vitest\.config\.[cm]?[jt]s|vite\.config\.[cm]?[jt]s|electron-builder\.ya?ml)$/.test(file) },
]

/**
 * The folder of the package a file inside node_modules belongs to (the innermost node_modules/<name>);
 * a loose file right inside a node_modules folder stands for itself; null outside node_modules.
 */
export function packageDirOf(file) {
  if (!file.startsWith(nodeModules)) return null
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file)
  return match?.[1] ?? file
}

/** Node's lookup: <from>/node_modules/<name>, then each enclosing node_modules up to the top. */
function resolvePackageDir(name, fromPackageDir, hasFile) {
  let base = fromPackageDir
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`
    if (hasFile(`${candidate}/package.json`)) return candidate
    if (!base) return null
    const outer = base.lastIndexOf('/node_modules/')
    base = outer === -1 ? '' : base.slice(0, outer)
  }
}

/**
 * Every package the app needs at runtime, following `dependencies` (and installed `optionalDependencies`)
 * from the packages the main bundle imports. Unresolvable ones are reported, never skipped.
 */
export function dependencyClosure(entryPackages, hasFile, readPackageJson) {
  const needed = new Set()
  const unresolved = []
  const queue = entryPackages.map((name) => ({ name, from: '', neededBy: 'the main bundle', optional: false }))
  while (queue.length > 0) {
    const { name, from, neededBy, optional } = queue.shift()
    const dir = resolvePackageDir(name, from, hasFile)
    if (!dir) {
      if (!optional) unresolved.push(`${name} (needed by ${neededBy})`)
      continue
    }
    if (needed.has(dir)) continue
    needed.add(dir)
    const manifest = readPackageJson(`${dir}/package.json`)
    for (const dependency of Object.keys(manifest.dependencies ?? {})) queue.push({ name: dependency, from: dir, neededBy: name, optional: false })
    for (const dependency of Object.keys(manifest.optionalDependencies ?? {})) queue.push({ name: dependency, from: dir, neededBy: name, optional: true })
  }
  return { needed, unresolved }
}

/**
 * Compares an app.asar listing (files only, '/'-separated, no leading slash) with what should ship.
 * `expectedAppFiles`: exactly the files outside node_modules; `entryPackages`: what the main bundle imports.
 */
export function auditPackage({ files, expectedAppFiles, entryPackages, readPackageJson }) {
  const present = new Set(files)
  const { needed, unresolved } = dependencyClosure(entryPackages, (file) => present.has(file), readPackageJson)
  const appFiles = files.filter((file) => !file.startsWith(nodeModules))
  const unneededPackages = new Set(files.map(packageDirOf).filter((dir) => dir !== null && !needed.has(dir)))
  return {
    missing: [...expectedAppFiles].filter((file) => !present.has(file)).sort(),
    missingDependencies: unresolved.sort(),
    extra: [...appFiles.filter((file) => !expectedAppFiles.has(file)), ...unneededPackages].sort(),
    forbidden: files.flatMap((file) => {
      const rule = forbiddenRules.find((candidate) => candidate.matches(file))
      return rule ? [`${file} (${rule.reason})`] : []
    }).sort(),
  }
}

/** The scripts and stylesheets a built index.html loads, as paths relative to the renderer folder. */
export function referencedAssets(html) {
  return [...html.matchAll(/\s(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1]).sort()
}
