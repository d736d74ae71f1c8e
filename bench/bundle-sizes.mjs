// The size of every built bundle, raw and gzipped: shared by the start-up bench and the budget test.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export function bundleSizes(outDir = path.join(root, 'out')) {
  const files = []
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(m?js|cjs|css|html)$/.test(entry.name)) files.push(full)
    }
  }
  walk(outDir)
  return files.map((file) => {
    const bytes = fs.readFileSync(file)
    return { file: path.relative(outDir, file), bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length }
  })
}

/**
 * A bundle and every chunk it imports statically (not the ones it loads on demand): what loading it costs.
 * `file` is relative to outDir, like bundleSizes' names.
 */
export function staticClosure(file, outDir = path.join(root, 'out')) {
  const seen = new Set()
  const visit = (name) => {
    if (seen.has(name)) return
    seen.add(name)
    const text = fs.readFileSync(path.join(outDir, name), 'utf8')
    for (const [, specifier] of text.matchAll(/^import\s[^'"]*?["'](\.\.?\/[^'"]+)["']/gm)) visit(path.join(path.dirname(name), specifier))
  }
  visit(file)
  return [...seen]
}
