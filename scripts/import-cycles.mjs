// Import cycles across electron/ and renderer/src, type-only imports included. ESLint's import-x/no-cycle
// skips `import type`, but a cycle of types still ties two layers together (the core once imported the
// renderer's Text type, which imported the contract, which imported the core).
//   node scripts/import-cycles.mjs      exits 1 and names each cycle, if there is one
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Static imports and re-exports (`import … from`, `import type … from`, `export … from`, bare `import '…'`)
// and dynamic `import('…')`. Comments are removed first, so an example in a comment is not an import.
const importPattern = /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g
const withoutComments = (source) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

/** The relative module specifiers a source file imports. */
export function importedSpecifiers(source) {
  return [...withoutComments(source).matchAll(importPattern)].map((match) => match[1] ?? match[2]).filter((specifier) => specifier.startsWith('.'))
}

/** The file a relative specifier names, among `files` (paths), as the bundler resolves it. */
function resolveIn(files, from, specifier) {
  const base = path.resolve(path.dirname(from), specifier)
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((candidate) => files.has(candidate)) ?? null
}

/**
 * Every cycle in the import graph of `files` (a Map of absolute path to source text), as lists of paths,
 * each from its smallest path around. Strongly connected components (Tarjan), so each tangle is named once.
 */
export function findImportCycles(files) {
  const edges = new Map([...files].map(([file, source]) => [file, [...new Set(importedSpecifiers(source).map((specifier) => resolveIn(files, file, specifier)).filter(Boolean))]]))
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const cycles = []
  let counter = 0
  const visit = (file) => {
    index.set(file, counter)
    low.set(file, counter)
    counter += 1
    stack.push(file)
    onStack.add(file)
    for (const next of edges.get(file)) {
      if (!index.has(next)) {
        visit(next)
        low.set(file, Math.min(low.get(file), low.get(next)))
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file), index.get(next)))
      }
    }
    if (low.get(file) !== index.get(file)) return
    const component = []
    let member
    do {
      member = stack.pop()
      onStack.delete(member)
      component.push(member)
    } while (member !== file)
    if (component.length > 1 || edges.get(file).includes(file)) cycles.push(component.sort())
  }
  for (const file of [...files.keys()].sort()) if (!index.has(file)) visit(file)
  return cycles
}

function sourcesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourcesUnder(full)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const files = new Map(['electron', 'renderer/src'].flatMap((dir) => sourcesUnder(path.join(root, dir))).map((file) => [file, fs.readFileSync(file, 'utf8')]))
  const cycles = findImportCycles(files)
  for (const cycle of cycles) console.error(`import cycle (type-only imports count too): ${cycle.map((file) => path.relative(root, file)).join(' → ')}`)
  if (cycles.length > 0) process.exit(1)
  console.log(`no import cycles among ${files.size} files`)
}
