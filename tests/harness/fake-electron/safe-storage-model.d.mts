import type { SafeStorage } from 'electron'

/** Types for safe-storage-model.mjs, for the unit tests that use the harness's fake safeStorage. */
export type FakeSafeStorage = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'setUsePlainTextEncryption' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'
>

export interface FakeComputer {
  desktop: { platform: 'linux' | 'win32' | 'darwin'; keyring: string; keyringLocked?: boolean }
  plainTextEncryptionAllowed: boolean
}

export function createFakeSafeStorage(computer: () => FakeComputer): FakeSafeStorage
export function fakeSafeStorage(desktop?: Partial<FakeComputer['desktop']>): FakeSafeStorage
