/**
 * Decides how the journal is encrypted from the person's choice and what the computer offers, and says
 * so honestly: a backend that only scrambles (Linux "basic_text") is not called protection.
 */
import type { Cipher } from '../platform/journal-cipher'
import { backendProtects, safeStorageCipher, storageBackend, type SafeStoragePort } from '../platform/safe-storage-cipher'

export interface JournalEncryption {
  /** Reads encrypted records whenever the OS can decrypt, even when new ones are written plain. */
  cipher: Cipher | undefined
  encryptWrites: boolean
  backend: string
  encryptionAvailable: boolean
  /** Whether this backend keeps the key safe (a real keyring), whatever the person chose. */
  backendProtects: boolean
}

/**
 * New records are encrypted only when the person wants it AND the backend really protects them. On
 * "basic_text" they are written plain, rather than dressed up as encrypted: the status says the journal
 * is not protected, and no entry gets tied to a throwaway key that a later keyring could not read.
 */
export function chooseEncryption(wanted: boolean, safeStorage: SafeStoragePort, platform: NodeJS.Platform): JournalEncryption {
  const available = safeStorage.isEncryptionAvailable()
  const backend = available ? storageBackend(safeStorage, platform) : 'unavailable'
  const protects = available && backendProtects(backend)
  const encryptWrites = wanted && protects
  return {
    cipher: available ? safeStorageCipher(safeStorage, backend) : undefined,
    encryptWrites,
    backend,
    encryptionAvailable: available,
    backendProtects: protects,
  }
}
