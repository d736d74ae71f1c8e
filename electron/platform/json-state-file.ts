import fs from 'node:fs'
import type { z } from 'zod'
import { replaceFileAtomically } from './durable-files'
import { moveAside } from './set-aside'

export type JsonStateReading<T> = { value: T | null; movedTo: string | null }

/**
 * Reads a small state file that must match `schema`. A missing file is a first start (null); a file that
 * cannot be used is moved aside, never deleted, and its new place is returned so the person can be told.
 */
export function readJsonState<T>(file: string, schema: z.ZodType<T>, now: number): JsonStateReading<T> {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { value: null, movedTo: null }
    throw error
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text))
    if (parsed.success) return { value: parsed.data, movedTo: null }
  } catch {
    // Not JSON at all: handled like JSON of the wrong shape, below.
  }
  return { value: null, movedTo: moveAside(file, now) }
}

/** Writes atomically: a crash leaves the old file or the new one, never half of each. */
export function writeJsonState(file: string, value: unknown): void {
  replaceFileAtomically(file, `${JSON.stringify(value)}\n`)
}
