/**
 * What is being written, kept in small files beside the journal while the person types, so a closed
 * window, a crash or a restart loses nothing: one for a new entry of each kind, one for changes to an entry
 * that exists (so editing an old entry never overwrites the new one in progress). Written atomically;
 * encrypted like the journal when it is.
 */
import fs from 'node:fs'
import { draftSlots, newDraftSlot, type DraftSlot } from '../common/journal-draft-slots'
import { validateDraft, type JournalDraft } from '../core/journal'
import type { Cipher } from '../core/journal/cipher'
import { replaceFileAtomically } from '../platform/durable-files'
import { moveAside } from '../platform/set-aside'

export { draftSlots, type DraftSlot }

export const DRAFT_FILE_NAMES: Record<DraftSlot, string> = {
  new: 'journal-draft.json',
  letter: 'journal-letter-draft.json',
  'good-things': 'journal-good-things-draft.json',
  edit: 'journal-edit-draft.json',
}

/** A draft with the id of an entry is a change to that entry; without one, a new entry of its kind. */
export const slotOf = (draft: JournalDraft): DraftSlot => (draft.id === undefined ? newDraftSlot(draft.kind) : 'edit')

type DraftRecord = { v: 1; draft: unknown } | { v: 1; enc: string; data: string }

export interface DraftFileOptions {
  file: string
  /** The journal's current encryption: `encryptWith` for writing, `readWith` for reading (each by its id). */
  encryption(): { encryptWith: Cipher | undefined; readWith: readonly Cipher[] }
  now(): number
  /** A draft that cannot be read is kept aside, never deleted; this hears where it went. */
  onSetAside(movedTo: string): void
}

export interface DraftFile {
  read(): JournalDraft | null
  write(draft: JournalDraft): void
  clear(): void
}

export function openDraftFile(options: DraftFileOptions): DraftFile {
  const { file } = options

  const decode = (text: string): JournalDraft | null => {
    const record = JSON.parse(text) as Partial<Record<'v' | 'draft' | 'enc' | 'data', unknown>>
    const { readWith } = options.encryption()
    let candidate: unknown = record.draft
    if (typeof record.enc === 'string' && typeof record.data === 'string') {
      const reader = readWith.find((cipher) => cipher.id === record.enc)
      if (reader === undefined) return null
      candidate = JSON.parse(reader.decrypt(record.data))
    }
    const draft = validateDraft(candidate)
    return draft.ok ? draft.value : null
  }

  return {
    read() {
      let text: string
      try {
        text = fs.readFileSync(file, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
      let draft: JournalDraft | null = null
      try {
        draft = decode(text)
      } catch {
        // Unreadable JSON or a failed decryption: handled like a draft of the wrong shape, below.
      }
      if (draft === null) options.onSetAside(moveAside(file, options.now()))
      return draft
    },
    write(draft) {
      const { encryptWith } = options.encryption()
      const record: DraftRecord =
        encryptWith === undefined
          ? { v: 1, draft }
          : { v: 1, enc: encryptWith.id, data: encryptWith.encrypt(JSON.stringify(draft)) }
      replaceFileAtomically(file, `${JSON.stringify(record)}\n`)
    },
    clear() {
      fs.rmSync(file, { force: true })
    },
  }
}
