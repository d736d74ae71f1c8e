import fs from 'node:fs'
import path from 'node:path'

/** "settings.json" → "settings.corrupt-2026-11-26T10-00-00-000Z.json": sortable, and safe on every file system. */
export function asideName(file: string, at: number, label = 'corrupt'): string {
  const { dir, name, ext } = path.parse(file)
  const stamp = new Date(at).toISOString().replaceAll(':', '-').replace('.', '-')
  return path.join(dir, `${name}.${label}-${stamp}${ext}`)
}

/** Moves a file Kindbreak cannot use (or is about to rewrite) out of the way. It is kept, never deleted. Returns where it went. */
export function moveAside(file: string, at: number, label = 'corrupt'): string {
  const target = freeName(asideName(file, at, label))
  fs.renameSync(file, target)
  return target
}

/**
 * Keeps a copy of a file that is still in use but holds damage (an append-only log with a torn or garbled
 * line): the readable part goes on working, and the damaged bytes are kept for the person. Returns the copy.
 */
export function copyAside(file: string, at: number, label = 'damaged'): string {
  const target = freeName(asideName(file, at, label))
  fs.copyFileSync(file, target)
  return target
}

/** rename() replaces an existing file: a second set-aside at the same instant (a manual clock) must not. */
function freeName(candidate: string): string {
  const { dir, name, ext } = path.parse(candidate)
  let free = candidate
  for (let copy = 2; fs.existsSync(free); copy += 1) free = path.join(dir, `${name}-${copy}${ext}`)
  return free
}
