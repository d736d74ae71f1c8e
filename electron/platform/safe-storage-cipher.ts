import type { SafeStorage } from 'electron'
import type { Platform } from '../core/desktop'
import type { Cipher } from '../core/journal/cipher'

/** The part of Electron's safeStorage the journal uses; tests pass a stand-in. */
export type SafeStoragePort = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: SafeStorage['getSelectedStorageBackend']
}

/**
 * What keeps the key. Linux names its backend; on macOS (Keychain) and Windows (DPAPI) there is only one,
 * and Electron offers `getSelectedStorageBackend` on Linux alone.
 */
export function storageBackend(safeStorage: SafeStoragePort, platform: Platform): string {
  if (platform === 'darwin') return 'keychain'
  if (platform === 'win32') return 'dpapi'
  return safeStorage.getSelectedStorageBackend?.() ?? 'unknown'
}

/**
 * Whether the backend actually protects anything. On Linux "basic_text" means Chromium found no keyring
 * and uses a key written into its own source code: the bytes look scrambled but anyone can unscramble
 * them, so Kindbreak says so instead of calling it encryption. "unknown" is not trusted either.
 */
export function backendProtects(backend: string): boolean {
  return backend !== 'basic_text' && backend !== 'unknown'
}

/**
 * A Cipher over safeStorage. The id names the backend: a record written through one keyring is kept
 * untouched (not mistaken for damage) when the computer later offers a different one.
 */
export function safeStorageCipher(safeStorage: SafeStoragePort, backend: string): Cipher {
  return {
    id: `safe-storage:${backend}`,
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (cipherText) => safeStorage.decryptString(Buffer.from(cipherText, 'base64')),
  }
}
