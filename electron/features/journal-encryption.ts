/**
 * Decides how the journal is encrypted from the person's choice and what the computer offers, and says
 * so honestly: a backend that only scrambles (Linux "basic_text") is not called protection.
 */
import type { Platform } from '../core/desktop'
import type { Cipher } from '../core/journal/cipher'
import { backendProtects, safeStorageCipher, storageBackend, type SafeStoragePort } from '../platform/safe-storage-cipher'

export interface JournalEncryption {
  /**
   * The OS keyring (safeStorage) as a cipher whenever it can decrypt, even when new records are written
   * plain: it wraps the journal's own key, and reads what it encrypted itself before there was one.
   */
  keyring: Cipher | undefined
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
export function chooseEncryption(wanted: boolean, safeStorage: SafeStoragePort, platform: Platform): JournalEncryption {
  // With Linux's basic_text backend (no keyring found) Electron reports encryption as unavailable unless
  // the app opts into plain-text "encryption" (electron_api_safe_storage.cc); Kindbreak does not, and
  // names the backend so the status can say why.
  const available = safeStorage.isEncryptionAvailable()
  const backend = storageBackend(safeStorage, platform)
  const protects = available && backendProtects(backend)
  const encryptWrites = wanted && protects
  return {
    keyring: available ? safeStorageCipher(safeStorage, backend) : undefined,
    encryptWrites,
    backend,
    encryptionAvailable: available,
    backendProtects: protects,
  }
}
