// The journal's own key: AES-256-GCM records, and the key file that keeps it wrapped by the OS keyring.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JOURNAL_KEY_FILE_NAME, loadRecordKey } from '../../electron/platform/journal-key'
import { recordCipher } from '../../electron/platform/record-cipher'
import { safeStorageCipher } from '../../electron/platform/safe-storage-cipher'
import { fakeSafeStorage } from '../harness/fake-electron/safe-storage-model.mjs'

const key = { id: 'k1', bytes: new Uint8Array(32).fill(7) }

describe('record cipher', () => {
  const cipher = recordCipher(key)

  it('reads back what it wrote, names its key, and never writes the same text twice', () => {
    const secret = 'I always freeze when my manager asks me something 😶 — ¿por qué?'
    const once = cipher.encrypt(secret)
    expect(cipher.decrypt(once)).toBe(secret)
    expect(cipher.id).toBe('aes-256-gcm:k1')
    expect(cipher.encrypt(secret)).not.toBe(once)
    expect(Buffer.from(once, 'base64').toString('utf8')).not.toContain('freeze')
  })

  it('refuses a changed record, a record of another key and a stub, instead of reading something else', () => {
    const sealed = Buffer.from(cipher.encrypt('kind words'), 'base64')
    const flipped = Buffer.from(sealed)
    flipped[flipped.length - 1]! ^= 1
    expect(() => cipher.decrypt(flipped.toString('base64'))).toThrow()
    expect(() => recordCipher({ id: 'k2', bytes: new Uint8Array(32).fill(8) }).decrypt(sealed.toString('base64'))).toThrow()
    expect(() => cipher.decrypt('c2hvcnQ=')).toThrow()
  })

  it('takes a 256-bit key only', () => {
    expect(() => recordCipher({ id: 'short', bytes: new Uint8Array(16) })).toThrow(/32 bytes/)
  })
})

describe('the key file', () => {
  let dir: string
  beforeEach(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-key-'))))
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))
  const file = () => path.join(dir, JOURNAL_KEY_FILE_NAME)
  const keyring = (backend = 'gnome_libsecret', desktop: Record<string, unknown> = {}) =>
    safeStorageCipher(fakeSafeStorage({ keyring: backend, ...desktop }), backend)
  const load = (options: Partial<Parameters<typeof loadRecordKey>[0]> = {}) => loadRecordKey({ file: file(), keyring: keyring(), create: true, now: () => 0, ...options })

  it('makes a key when encryption is wanted, keeps it only wrapped, and finds the same key next time', () => {
    const first = load().key
    expect(first?.bytes).toHaveLength(32)
    const stored = fs.readFileSync(file(), 'utf8')
    expect(stored).not.toContain(Buffer.from(first!.bytes).toString('base64'))
    expect(JSON.parse(stored).keys).toEqual([expect.objectContaining({ id: first!.id, keyring: 'safe-storage:gnome_libsecret' })])
    const again = load({ create: false }).key
    expect(again?.id).toBe(first!.id)
    expect(Buffer.from(again!.bytes).equals(Buffer.from(first!.bytes))).toBe(true)
  })

  it('makes none when encryption is not wanted and there is none', () => {
    expect(load({ create: false })).toEqual({ key: null })
    expect(fs.existsSync(file())).toBe(false)
  })

  it('keeps the key of another keyring beside a new one, and each keyring finds its own', () => {
    const gnome = load().key
    const kde = load({ keyring: keyring('kwallet5') }).key
    expect(kde?.id).not.toBe(gnome?.id)
    expect(JSON.parse(fs.readFileSync(file(), 'utf8')).keys).toHaveLength(2)
    expect(load({ create: false }).key?.id).toBe(gnome?.id)
  })

  it('adds a new key when the keyring can no longer unwrap its old one, keeping the old one', () => {
    const first = load().key
    const raw = JSON.parse(fs.readFileSync(file(), 'utf8'))
    raw.keys[0].wrapped = Buffer.from('not what the keyring made').toString('base64')
    fs.writeFileSync(file(), JSON.stringify(raw))
    const second = load().key
    expect(second?.id).not.toBe(first?.id)
    expect(JSON.parse(fs.readFileSync(file(), 'utf8')).keys.map((k: { id: string }) => k.id)).toEqual([first?.id, second?.id])
  })

  it('moves a damaged key file aside, names where, and starts a new one', () => {
    fs.writeFileSync(file(), '{ not json')
    const loaded = load({ now: () => Date.UTC(2026, 11, 1) })
    expect(loaded.key).not.toBeNull()
    expect(loaded.setAside).toMatch(/journal-key\.corrupt-2026-12-01.*\.json$/)
    expect(fs.readFileSync(loaded.setAside!, 'utf8')).toBe('{ not json')
  })
})
