import fs from 'node:fs'
import { readLog, writeDurably } from './durable-files'

export interface EventLog<T> {
  /** Appends one record and waits until the disk has it. */
  append(record: T): void
  /** Every complete record; a line torn by a crash or one that is not a record is skipped and counted. */
  readAll(): { records: T[]; skipped: number }
  close(): void
}

/**
 * An append-only file of one JSON record per line: adding an event never rewrites the history, and a
 * crash can at most tear the line being written.
 */
export function openEventLog<T>(file: string, isRecord: (value: unknown) => value is T): EventLog<T> {
  let fd: number | null = null
  const ensureOpen = () => (fd ??= fs.openSync(file, 'a'))
  return {
    append(record) {
      writeDurably(ensureOpen(), `${JSON.stringify(record)}\n`)
    },
    readAll() {
      const { lines, tail } = readLog(file)
      const records: T[] = []
      let skipped = tail === '' ? 0 : 1
      for (const line of lines) {
        const value = parseLine(line)
        if (isRecord(value)) records.push(value)
        else skipped += 1
      }
      return { records, skipped }
    },
    close() {
      if (fd !== null) fs.closeSync(fd)
      fd = null
    },
  }
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown
  } catch {
    return undefined
  }
}
