import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { Cipher } from '../core/journal/cipher'

/** AES-256-GCM: a 12-byte nonce (random for every record) and a 16-byte tag that proves who wrote it. */
const ALGORITHM = 'aes-256-gcm'
const NONCE_BYTES = 12
const TAG_BYTES = 16
export const RECORD_KEY_BYTES = 32

/** The journal's own key: random bytes, named so a record can say which key wrote it. */
export interface RecordKey {
  id: string
  bytes: Uint8Array
}

/**
 * Encrypts each record with the journal's own key, in whichever thread holds the journal. The key itself
 * is kept on disk only wrapped by the OS keyring (journal-key.ts), so the keyring stays in the main
 * process and is asked once per start instead of once per record. The tag makes any change to a record,
 * or a record from another key, fail to decrypt rather than read as something else.
 */
export function recordCipher(key: RecordKey): Cipher {
  const bytes = Buffer.from(key.bytes)
  if (bytes.length !== RECORD_KEY_BYTES) throw new Error(`a record key has ${RECORD_KEY_BYTES} bytes, not ${bytes.length}`)
  return {
    id: `aes-256-gcm:${key.id}`,
    authenticated: true,
    encrypt(plain) {
      const nonce = randomBytes(NONCE_BYTES)
      const cipher = createCipheriv(ALGORITHM, bytes, nonce)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64')
    },
    decrypt(cipherText) {
      const sealed = Buffer.from(cipherText, 'base64')
      if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new Error('too short to be a record')
      const decipher = createDecipheriv(ALGORITHM, bytes, sealed.subarray(0, NONCE_BYTES))
      decipher.setAuthTag(sealed.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES))
      return Buffer.concat([decipher.update(sealed.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8')
    },
  }
}
