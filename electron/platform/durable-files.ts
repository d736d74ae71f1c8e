import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

/** The whole log split into complete lines and whatever follows the last newline. */
export interface LogContents {
  lines: string[]
  /** Bytes after the last newline: empty when the last write finished. */
  tail: string
  /** Size of the part that ends with the last newline, for truncating a torn tail away. */
  completeBytes: number
}

export function readLog(path: string): LogContents {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], tail: '', completeBytes: 0 }
    throw error
  }
  const completeBytes = bytes.lastIndexOf(0x0a) + 1
  const lines = bytes.subarray(0, completeBytes).toString('utf8').split('\n')
  lines.pop()
  return { lines, tail: bytes.subarray(completeBytes).toString('utf8'), completeBytes }
}

/** Writes every byte (a single write may be short) and waits until the disk has it. */
export function writeDurably(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8')
  let written = 0
  while (written < bytes.length) written += writeSync(fd, bytes, written)
  fsyncSync(fd)
}

/**
 * Replaces a file so a crash leaves either the old or the new one, never a mix: write a sibling,
 * fsync it, rename it over, then fsync the folder so the rename itself survives a power cut.
 */
export function replaceFileAtomically(path: string, text: string): void {
  const temporary = `${path}.tmp`
  const fd = openSync(temporary, 'w')
  try {
    writeDurably(fd, text)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, path)
  syncFolder(dirname(path))
}

/** Creates a new file that must not overwrite anything, adding a counter if the name is taken. */
export function writeNewFileDurably(pathWithoutExtension: string, extension: string, text: string): string {
  for (let attempt = 0; ; attempt++) {
    const path = `${pathWithoutExtension}${attempt === 0 ? '' : `-${attempt}`}${extension}`
    let fd: number
    try {
      fd = openSync(path, 'wx')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      throw error
    }
    try {
      writeDurably(fd, text)
    } finally {
      closeSync(fd)
    }
    syncFolder(dirname(path))
    return path
  }
}

function syncFolder(folder: string): void {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const fd = openSync(folder, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
