import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Session } from 'electron'
import { describe, expect, it } from 'vitest'
import { keepDictionariesLocal } from '../../electron/platform/spellcheck'

function recordingSession() {
  const urls: string[] = []
  const session = { setSpellCheckerDictionaryDownloadURL: (url: string) => void urls.push(url) }
  return { session: session as unknown as Session, urls }
}

describe('keepDictionariesLocal', () => {
  it.each([
    path.join(os.tmpdir(), 'Kindbreak', 'dictionaries'),
    path.join(os.tmpdir(), 'Ana María', 'Kindbreak #2', 'dictionaries'),
  ])('points the dictionary download at the local folder %s, as a file: URL ending in a slash', (folder) => {
    const { session, urls } = recordingSession()
    keepDictionariesLocal(session, folder)
    expect(urls).toHaveLength(1)
    const url = new URL(urls[0] ?? '')
    expect(url.protocol).toBe('file:')
    expect(urls[0]).toMatch(/\/$/)
    // Chromium appends the dictionary's file name to this address: it must stay inside the folder.
    expect(fileURLToPath(new URL('en-US-10-1.bdic', url))).toBe(path.join(folder, 'en-US-10-1.bdic'))
  })
})
