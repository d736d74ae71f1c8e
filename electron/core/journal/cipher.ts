/**
 * Encrypts one record at a time, so an append never touches earlier records. The composition root
 * backs it with Electron's safeStorage (base64 around the bytes); tests pass a fake. `id` names the
 * key or backend, so a record can say which cipher wrote it.
 */
export interface Cipher {
  readonly id: string
  /**
   * Decryption proves the record was written by the holder of this key (an AEAD tag): such a record, at the
   * current version, was validated before it was written and is taken as it is, which halves the cost of
   * opening a large journal. Any other record is validated as it is read.
   */
  readonly authenticated?: boolean
  encrypt(plain: string): string
  /** Throws when the text was not produced by this cipher or was damaged. */
  decrypt(cipherText: string): string
}
