// The fake safeStorage: one model, used by the fake electron module (system.mjs) and by the unit tests.

const prefix = Buffer.from('fake-keychain:')

/**
 * A reversible stand-in for the OS keychain: not encryption, but the plain text never appears in what it
 * returns. shell/browser/api/electron_api_safe_storage.cc: with Linux's `basic_text` backend (no keyring
 * found) isEncryptionAvailable() is false unless the app called setUsePlainTextEncryption(true), and
 * encrypting or decrypting while unavailable throws.
 *
 * `computer()` is read on every call, so the answers follow the world of the launch in progress: its
 * `desktop.platform` and `desktop.keyring` (tests/harness/desktops.mjs), `desktop.keyringLocked` (a keyring
 * that is there but does not answer; only unit tests set it) and `plainTextEncryptionAllowed`, which
 * setUsePlainTextEncryption sets.
 */
export function createFakeSafeStorage(computer) {
  const safeStorage = {
    isEncryptionAvailable() {
      const { desktop, plainTextEncryptionAllowed } = computer()
      if (desktop.keyring === 'unavailable' || desktop.keyring === 'unknown' || desktop.keyringLocked) return false
      return desktop.keyring !== 'basic_text' || plainTextEncryptionAllowed
    },
    setUsePlainTextEncryption(allowed) { computer().plainTextEncryptionAllowed = Boolean(allowed) },
    /** Linux only (docs/api/safe-storage.md). */
    getSelectedStorageBackend() {
      const { desktop } = computer()
      if (desktop.platform !== 'linux') throw new Error('safeStorage.getSelectedStorageBackend is only available on Linux')
      return desktop.keyring
    },
    encryptString(plain) {
      if (!safeStorage.isEncryptionAvailable()) throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.')
      const bytes = Buffer.from(plain, 'utf8').map((byte) => byte ^ 0x5a)
      return Buffer.concat([prefix, bytes])
    },
    decryptString(encrypted) {
      if (!safeStorage.isEncryptionAvailable()) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.')
      if (!encrypted.subarray(0, prefix.length).equals(prefix)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
      return Buffer.from(encrypted.subarray(prefix.length).map((byte) => byte ^ 0x5a)).toString('utf8')
    },
  }
  return safeStorage
}

/** A fake safeStorage on a computer of its own (for unit tests): Linux with libsecret unless told otherwise. */
export function fakeSafeStorage(desktop = {}) {
  const computer = { desktop: { platform: 'linux', keyring: 'gnome_libsecret', ...desktop }, plainTextEncryptionAllowed: false }
  return createFakeSafeStorage(() => computer)
}
