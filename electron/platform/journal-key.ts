import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import type { Cipher } from '../core/journal/cipher'
import { replaceFileAtomically } from './durable-files'
import { RECORD_KEY_BYTES, type RecordKey } from './record-cipher'
import { moveAside } from './set-aside'

export const JOURNAL_KEY_FILE_NAME = 'journal-key.json'

/** Each key is stored wrapped by the keyring that made it; a key from another keyring is kept, never dropped. */
interface KeyFile {
  v: 1
  keys: { id: string; keyring: string; wrapped: string }[]
}

export interface KeyLoadOptions {
  file: string
  /** The OS keyring, as a cipher (safeStorage): it wraps and unwraps the journal's key. */
  keyring: Cipher
  /** Make a key when this keyring has none yet (the person wants encryption). */
  create: boolean
  now(): number
}

export interface KeyLoad {
  key: RecordKey | null
  /** A key file that could not be read was moved here (kept for the person, never deleted). */
  setAside?: string
}

/**
 * The journal's record key, unwrapped through the keyring: one keyring call per start, however many
 * records there are. Records written under a key this keyring cannot unwrap (another keyring, a reset
 * keychain) stay kept and unread, as before; a new key is added beside the old ones, which stay in the file.
 */
export function loadRecordKey(options: KeyLoadOptions): KeyLoad {
  const { contents, setAside } = readKeyFile(options)
  for (const stored of contents.keys.filter((candidate) => candidate.keyring === options.keyring.id)) {
    const bytes = unwrap(options.keyring, stored.wrapped)
    if (bytes) return { key: { id: stored.id, bytes }, ...(setAside ? { setAside } : {}) }
  }
  if (!options.create) return { key: null, ...(setAside ? { setAside } : {}) }
  const key: RecordKey = { id: randomBytes(6).toString('hex'), bytes: randomBytes(RECORD_KEY_BYTES) }
  const wrapped = options.keyring.encrypt(Buffer.from(key.bytes).toString('base64'))
  const next: KeyFile = { v: 1, keys: [...contents.keys, { id: key.id, keyring: options.keyring.id, wrapped }] }
  // Durable before any record uses the key: a record never outlives the only copy of its key.
  replaceFileAtomically(options.file, `${JSON.stringify(next)}\n`)
  return { key, ...(setAside ? { setAside } : {}) }
}

function readKeyFile(options: KeyLoadOptions): { contents: KeyFile; setAside?: string } {
  let text: string
  try {
    text = fs.readFileSync(options.file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { contents: { v: 1, keys: [] } }
    throw error
  }
  const contents = parseKeyFile(text)
  if (contents) return { contents }
  return { contents: { v: 1, keys: [] }, setAside: moveAside(options.file, options.now()) }
}

function parseKeyFile(text: string): KeyFile | null {
  try {
    const parsed = JSON.parse(text) as Partial<KeyFile>
    const keys = Array.isArray(parsed.keys) ? parsed.keys : null
    const wellFormed = keys?.every((key) => typeof key?.id === 'string' && typeof key.keyring === 'string' && typeof key.wrapped === 'string')
    return parsed.v === 1 && keys && wellFormed ? { v: 1, keys } : null
  } catch {
    return null
  }
}

function unwrap(keyring: Cipher, wrapped: string): Uint8Array | null {
  try {
    const bytes = Buffer.from(keyring.decrypt(wrapped), 'base64')
    return bytes.length === RECORD_KEY_BYTES ? bytes : null
  } catch {
    return null
  }
}
