import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { JournalDraftInput, Notice } from '../../electron/contract'
import { MAX_FIELD_CHARACTERS } from '../../electron/core/journal'
import { defaultSettings } from '../../electron/core/settings'
import { openJournalStore } from '../../electron/platform/journal-store'
import { makeEntry } from './fixtures/journal-entries'
import { removeTempFolders, saved, start, startJournal, tempFolder } from './fixtures/journal-harness'
import { chooseEncryption } from '../../electron/features/journal-encryption'
import { crisisLines } from '../../electron/common/support-lines'
import { reframeLimits } from '../../renderer/src/content/reframe'
import { fakeSafeStorage } from '../harness/fake-electron/safe-storage-model.mjs'
import { safeStorageCipher } from '../../electron/platform/safe-storage-cipher'

afterEach(removeTempFolders)

const draft: JournalDraftInput = {
  harshVoice: 'You messed up the demo again.',
  kindReply: 'It was one demo. You prepared well and you will learn from it.',
  feelings: ['ashamed'],
  intensityBefore: 7,
  thinkingTraps: ['labelling'],
}

describe('saving, editing, deleting', () => {
  it('makes the id and the time in main, and keeps the entry across a reopen', async () => {
    const userData = tempFolder()
    const { journal, advance } = startJournal(userData)
    const entry = saved(await journal.handlers.saveJournalEntry(draft))
    expect(entry).toMatchObject({ id: 'id-1', createdAt: start, updatedAt: start, harshVoice: draft.harshVoice, feelings: ['ashamed'] })
    advance(60_000)
    const edited = saved(await journal.handlers.saveJournalEntry({ ...draft, id: entry.id, kindReply: 'Go gently.', intensityAfter: 3 }))
    expect(edited).toMatchObject({ id: 'id-1', createdAt: start, updatedAt: start + 60_000, kindReply: 'Go gently.', intensityAfter: 3 })
    await journal.finish()

    const again = startJournal(userData).journal
    expect(await again.handlers.getJournalEntry('id-1')).toEqual(edited)
    await again.finish()
  })

  it('answers a field over the limit, or an empty entry, with issue codes, and saves nothing', async () => {
    const { journal } = startJournal(tempFolder())
    const tooLong = await journal.handlers.saveJournalEntry({ harshVoice: 'x'.repeat(MAX_FIELD_CHARACTERS + 1) })
    expect(tooLong).toMatchObject({ ok: false, code: 'invalid', issues: [{ field: 'harshVoice', reason: 'too_long' }] })
    const empty = await journal.handlers.saveJournalEntry({ harshVoice: '   ', kindReply: '' })
    expect(empty).toMatchObject({ ok: false, code: 'invalid', issues: [{ reason: 'nothing_written' }] })
    expect((await journal.handlers.journalHistory({ page: 0 })).total).toBe(0)
    expect(await journal.handlers.saveJournalEntry({ ...draft, id: 'nobody' })).toEqual({ ok: false, code: 'not-found' })
  })

  it('deletes, and undoes the delete with the same entry, once', async () => {
    const { journal } = startJournal(tempFolder())
    const entry = saved(await journal.handlers.saveJournalEntry(draft))
    expect(await journal.handlers.deleteJournalEntry(entry.id)).toEqual({ ok: true, entry })
    expect(await journal.handlers.getJournalEntry(entry.id)).toBeNull()
    expect(await journal.handlers.deleteJournalEntry(entry.id)).toEqual({ ok: false, code: 'not-found' })
    expect(await journal.handlers.undoJournalDelete(entry.id)).toEqual({ ok: true, entry })
    expect(await journal.handlers.getJournalEntry(entry.id)).toEqual(entry)
    expect(await journal.handlers.undoJournalDelete(entry.id)).toEqual({ ok: false, code: 'not-found' })
  })
})

describe('history and search', () => {
  it('pages newest first, and narrows by words (accents folded), feelings and traps', async () => {
    const { journal, advance } = startJournal(tempFolder())
    for (let n = 0; n < 25; n++) {
      saved(await journal.handlers.saveJournalEntry({ harshVoice: `Entry ${n}`, feelings: n % 2 ? ['sad'] : ['anxious'] }))
      advance(3_600_000)
    }
    saved(await journal.handlers.saveJournalEntry({ harshVoice: 'La reunión fue un desastre', thinkingTraps: ['catastrophising'] }))
    const first = await journal.handlers.journalHistory({ page: 0, pageSize: 10 })
    expect(first).toMatchObject({ page: 0, pageCount: 3, matching: 26, total: 26 })
    const newest = first.days.flatMap((d) => d.entries)
    expect(newest[0]).toMatchObject({ harshVoice: 'La reunión fue un desastre' })
    expect(newest.map((e) => e.createdAt)).toEqual([...newest.map((e) => e.createdAt)].sort((a, b) => b - a))

    expect((await journal.handlers.journalHistory({ page: 0, text: 'REUNION' })).matching).toBe(1)
    expect((await journal.handlers.journalHistory({ page: 0, feelings: ['sad'] })).matching).toBe(12)
    expect((await journal.handlers.journalHistory({ page: 0, thinkingTraps: ['catastrophising'], text: 'desastre' })).matching).toBe(1)
    expect(await journal.handlers.journalHistory({ page: 0, text: 'nowhere to be found' })).toMatchObject({ matching: 0, total: 26 })
  })
})

describe('export and import', () => {
  it('exports a JSON backup that a fresh journal imports to the same entries, and a second import changes nothing', async () => {
    const source = startJournal(tempFolder())
    const written = [saved(await source.journal.handlers.saveJournalEntry(draft)), saved(await source.journal.handlers.saveJournalEntry({ kindReply: 'Ça va aller 🌱 שלום' }))]
    const file = path.join(tempFolder(), 'backup.json')
    source.dialogs.save.push(file)
    expect(await source.journal.handlers.exportJournal({ format: 'json' })).toEqual({ ok: true, path: file, count: 2 })

    const target = startJournal(tempFolder())
    target.dialogs.open.push(file, file)
    expect(await target.journal.handlers.importJournal()).toMatchObject({ ok: true, report: { added: 2, updated: 0, unchanged: 0, rejected: [] } })
    const all = (await target.journal.handlers.journalHistory({ page: 0 })).days.flatMap((d) => d.entries)
    expect([...all].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...written].sort((a, b) => a.id.localeCompare(b.id)))
    expect(await target.journal.handlers.importJournal()).toMatchObject({ ok: true, report: { added: 0, unchanged: 2 } })
    expect((await target.journal.handlers.journalHistory({ page: 0 })).total).toBe(2)
  })

  it('writes Markdown in the person’s language with the chips’ own words, and CSV', async () => {
    const { journal, dialogs } = startJournal(tempFolder(), { locale: () => 'es' })
    saved(await journal.handlers.saveJournalEntry(draft))
    const folder = tempFolder()
    dialogs.save.push(path.join(folder, 'j.md'), path.join(folder, 'j.csv'))
    await journal.handlers.exportJournal({ format: 'markdown' })
    await journal.handlers.exportJournal({ format: 'csv' })
    const markdown = fs.readFileSync(path.join(folder, 'j.md'), 'utf8')
    expect(markdown).toContain('# Diario de Kindbreak')
    expect(markdown).toContain('Vergüenza')
    expect(markdown).toContain(draft.harshVoice)
    expect(fs.readFileSync(path.join(folder, 'j.csv'), 'utf8')).toContain('ashamed')
  })

  it('a cancelled dialog does nothing', async () => {
    const { journal } = startJournal(tempFolder())
    expect(await journal.handlers.exportJournal({ format: 'json' })).toEqual({ ok: false, code: 'canceled' })
    expect(await journal.handlers.importJournal()).toEqual({ ok: false, code: 'canceled' })
  })

  it.each([
    ['not JSON', '{ this is not json', 'not-json'],
    ['some other JSON', '{"entries": []}', 'not-a-backup'],
    ['a backup from a newer version', '{"format":"kindbreak-journal","formatVersion":99,"entries":[]}', 'newer-format'],
  ])('refuses %s with a reason the window words, and changes nothing', async (_name, contents, refusal) => {
    const { journal, dialogs } = startJournal(tempFolder())
    const entry = saved(await journal.handlers.saveJournalEntry(draft))
    const file = path.join(tempFolder(), 'bad.json')
    fs.writeFileSync(file, contents)
    dialogs.open.push(file)
    const result = await journal.handlers.importJournal()
    expect(result).toEqual({ ok: false, code: 'refused', refusal })
    expect((await journal.handlers.journalHistory({ page: 0 })).days.flatMap((d) => d.entries)).toEqual([entry])
  })

  it('leaves out records that fail validation, names them, and imports the rest', async () => {
    const { journal, dialogs } = startJournal(tempFolder())
    const file = path.join(tempFolder(), 'mixed.json')
    const good = { id: 'good', schemaVersion: 1, createdAt: start, updatedAt: start, harshVoice: 'ok', kindReply: '', feelings: [], thinkingTraps: [] }
    fs.writeFileSync(file, JSON.stringify({ format: 'kindbreak-journal', formatVersion: 1, exportedAt: start, entries: [good, { ...good, id: 'bad', intensityBefore: 11 }] }))
    dialogs.open.push(file)
    const result = await journal.handlers.importJournal()
    expect(result).toMatchObject({ ok: true, report: { added: 1, rejected: [{ index: 1, id: 'bad', issues: [{ reason: 'intensity_range' }] }] } })
    expect(await journal.handlers.getJournalEntry('bad')).toBeNull()
  })
})

describe('deleted and replaced words', () => {
  it('leave the disk on the next turn, once for a burst of changes; undo writes the entry back', async () => {
    const userData = tempFolder()
    const queued: Array<() => void> = []
    const runQueued = () => queued.splice(0).forEach((task) => task())
    const { journal, setSettings } = startJournal(userData, { later: (task) => void queued.push(task) })
    setSettings({ ...defaultSettings, journal: { ...defaultSettings.journal, encrypt: false } })
    const onDisk = () => fs.readFileSync(path.join(userData, 'journal.jsonl'), 'utf8')
    const entry = saved(await journal.handlers.saveJournalEntry({ harshVoice: 'first-version-words' }))
    saved(await journal.handlers.saveJournalEntry({ id: entry.id, harshVoice: 'second-version-words' }))
    saved(await journal.handlers.saveJournalEntry({ id: entry.id, harshVoice: 'third-version-words' }))
    expect(onDisk()).toContain('first-version-words')
    expect(queued).toHaveLength(1)
    runQueued()
    expect(onDisk()).not.toMatch(/first-version|second-version/)
    expect(onDisk()).toContain('third-version-words')

    await journal.handlers.saveJournalDraft({ id: entry.id, kindReply: 'half-made change' })
    expect(await journal.handlers.deleteJournalEntry(entry.id)).toMatchObject({ ok: true })
    expect(await journal.handlers.getJournalDraft('edit')).toBeNull()
    runQueued()
    expect(onDisk()).not.toContain('third-version-words')
    expect(await journal.handlers.undoJournalDelete(entry.id)).toMatchObject({ ok: true })
    expect(onDisk()).toContain('third-version-words')
    await journal.finish()
    expect(await startJournal(userData).journal.handlers.getJournalEntry(entry.id)).toMatchObject({ harshVoice: 'third-version-words' })
  })

  it('does not rewrite a journal that has closed meanwhile', async () => {
    const userData = tempFolder()
    const queued: Array<() => void> = []
    const { journal } = startJournal(userData, { later: (task) => void queued.push(task) })
    const entry = saved(await journal.handlers.saveJournalEntry(draft))
    await journal.handlers.deleteJournalEntry(entry.id)
    await journal.finish()
    expect(() => queued.splice(0).forEach((task) => task())).not.toThrow()
  })
})

describe('drafts', () => {
  it('keeps the draft across a reopen, encrypted on disk, and clears it when the entry is saved', async () => {
    const userData = tempFolder()
    const first = startJournal(userData).journal
    expect(await first.handlers.getJournalDraft('new')).toBeNull()
    expect(await first.handlers.saveJournalDraft({ harshVoice: 'Nobody will ever trust you' })).toEqual({ ok: true })
    await first.finish()
    const onDisk = fs.readFileSync(path.join(userData, 'journal-draft.json'), 'utf8')
    expect(onDisk).not.toContain('trust')

    const second = startJournal(userData).journal
    // A draft comes back naming its kind: one written without one is a reframing.
    expect(await second.handlers.getJournalDraft('new')).toEqual({ kind: 'reframe', harshVoice: 'Nobody will ever trust you' })
    saved(await second.handlers.saveJournalEntry({ harshVoice: 'Nobody will ever trust you', kindReply: 'People do trust me.' }))
    expect(await second.handlers.getJournalDraft('new')).toBeNull()
  })

  it('refuses a draft over the limit with the issue, keeping the last good one', async () => {
    const { journal } = startJournal(tempFolder())
    await journal.handlers.saveJournalDraft({ kindReply: 'kind' })
    expect(await journal.handlers.saveJournalDraft({ kindReply: 'k'.repeat(MAX_FIELD_CHARACTERS + 1) })).toMatchObject({ ok: false, issues: [{ reason: 'too_long' }] })
    expect(await journal.handlers.getJournalDraft('new')).toEqual({ kind: 'reframe', kindReply: 'kind' })
  })

  it('keeps changes to an existing entry apart from the new entry in progress, and each save clears only its own', async () => {
    const userData = tempFolder()
    const first = startJournal(userData).journal
    const entry = saved(await first.handlers.saveJournalEntry(draft))
    expect(await first.handlers.saveJournalDraft({ harshVoice: 'A new worry, half written' })).toEqual({ ok: true })
    expect(await first.handlers.saveJournalDraft({ id: entry.id, kindReply: 'A kinder reply, half edited' })).toEqual({ ok: true })
    expect(await first.handlers.getJournalDraft('new')).toEqual({ kind: 'reframe', harshVoice: 'A new worry, half written' })
    await first.finish()
    expect(fs.readFileSync(path.join(userData, 'journal-edit-draft.json'), 'utf8')).not.toContain('kinder')

    const second = startJournal(userData).journal
    expect(await second.handlers.getJournalDraft('edit')).toEqual({ kind: 'reframe', id: entry.id, kindReply: 'A kinder reply, half edited' })
    saved(await second.handlers.saveJournalEntry({ id: entry.id, harshVoice: draft.harshVoice, kindReply: 'A kinder reply, finished' }))
    expect(await second.handlers.getJournalDraft('edit')).toBeNull()
    expect(await second.handlers.getJournalDraft('new')).toEqual({ kind: 'reframe', harshVoice: 'A new worry, half written' })
    saved(await second.handlers.saveJournalEntry({ harshVoice: 'A new worry, half written', kindReply: 'Done.' }))
    expect(await second.handlers.getJournalDraft('new')).toBeNull()
  })

  it('leaves the edit draft of one entry alone when another entry is saved, and clears each slot on its own', async () => {
    const { journal } = startJournal(tempFolder())
    const [one, two] = [saved(await journal.handlers.saveJournalEntry(draft)), saved(await journal.handlers.saveJournalEntry(draft))]
    await journal.handlers.saveJournalDraft({ id: one.id, kindReply: 'still editing one' })
    saved(await journal.handlers.saveJournalEntry({ ...draft, id: two.id }))
    expect(await journal.handlers.getJournalDraft('edit')).toEqual({ kind: 'reframe', id: one.id, kindReply: 'still editing one' })
    await journal.handlers.saveJournalDraft({ kindReply: 'new' })
    await journal.handlers.clearJournalDraft('edit')
    expect(await journal.handlers.getJournalDraft('edit')).toBeNull()
    expect(await journal.handlers.getJournalDraft('new')).toEqual({ kind: 'reframe', kindReply: 'new' })
  })

  it('rewrites both drafts in the new mode when encryption is turned off and on', async () => {
    const userData = tempFolder()
    const { journal, setSettings } = startJournal(userData)
    const entry = saved(await journal.handlers.saveJournalEntry(draft))
    await journal.handlers.saveJournalDraft({ harshVoice: 'plain-new-words' })
    await journal.handlers.saveJournalDraft({ id: entry.id, harshVoice: 'plain-edit-words' })
    const onDisk = () => ['journal-draft.json', 'journal-edit-draft.json'].map((name) => fs.readFileSync(path.join(userData, name), 'utf8')).join('\n')
    expect(onDisk()).not.toContain('plain-')
    setSettings({ ...defaultSettings, journal: { ...defaultSettings.journal, encrypt: false } })
    await journal.settingsChanged()
    expect(onDisk()).toContain('plain-new-words')
    expect(onDisk()).toContain('plain-edit-words')
    setSettings(defaultSettings)
    await journal.settingsChanged()
    expect(onDisk()).not.toContain('plain-')
    expect(await journal.handlers.getJournalDraft('edit')).toEqual({ kind: 'reframe', id: entry.id, harshVoice: 'plain-edit-words' })
  })

  it('sets an unreadable draft aside, keeps it, and says so', async () => {
    const userData = tempFolder()
    fs.writeFileSync(path.join(userData, 'journal-draft.json'), 'garbage')
    const { journal, notices } = startJournal(userData)
    expect(await journal.handlers.getJournalDraft('new')).toBeNull()
    expect(notices).toEqual([expect.objectContaining({ kind: 'file-set-aside', file: 'journal-draft.json' })])
    const movedTo = (notices[0] as Extract<Notice, { kind: 'file-set-aside' }>).movedTo
    expect(fs.readFileSync(movedTo, 'utf8')).toBe('garbage')
  })
})

describe('encryption and status', () => {
  it('encrypts when wanted and the keyring protects, and rewrites everything plain when turned off', async () => {
    const userData = tempFolder()
    const { journal, setSettings } = startJournal(userData)
    saved(await journal.handlers.saveJournalEntry(draft))
    const file = path.join(userData, 'journal.jsonl')
    expect(fs.readFileSync(file, 'utf8')).not.toContain('demo')
    expect(await journal.handlers.getJournalStatus()).toMatchObject({
      encryptionWanted: true, encrypted: true, protected: true, backend: 'gnome_libsecret', backendProtects: true, entryCount: 1, path: file,
    })

    setSettings({ ...defaultSettings, journal: { ...defaultSettings.journal, encrypt: false } })
    await journal.settingsChanged()
    expect(fs.readFileSync(file, 'utf8')).toContain('demo')
    expect(await journal.handlers.getJournalStatus()).toMatchObject({ encryptionWanted: false, encrypted: false, protected: false, entryCount: 1 })

    setSettings(defaultSettings)
    await journal.settingsChanged()
    expect(fs.readFileSync(file, 'utf8')).not.toContain('demo')
    expect((await journal.handlers.journalHistory({ page: 0 })).total).toBe(1)
  })

  it('answers a request made right after a switch in the new mode, not the old one', async () => {
    const { journal, setSettings } = startJournal(tempFolder())
    saved(await journal.handlers.saveJournalEntry(draft))
    setSettings({ ...defaultSettings, journal: { ...defaultSettings.journal, encrypt: false } })
    const switching = journal.settingsChanged()
    // The window asks for the status as soon as its settings change is answered, before the rewrite ends.
    expect(await journal.handlers.getJournalStatus()).toMatchObject({ encrypted: false, entryCount: 1 })
    await switching
  })

  it('calls a Linux "basic_text" backend what it is: nothing is encrypted or protected', async () => {
    const userData = tempFolder()
    const { journal } = startJournal(userData, { safeStorage: fakeSafeStorage({ keyring: 'basic_text' }) })
    saved(await journal.handlers.saveJournalEntry(draft))
    expect(await journal.handlers.getJournalStatus()).toMatchObject({
      encryptionWanted: true, encrypted: false, encryptionAvailable: false, protected: false, backend: 'basic_text', backendProtects: false,
    })
    expect(fs.readFileSync(path.join(userData, 'journal.jsonl'), 'utf8')).toContain('demo')
  })

  it('does not call "basic_text" protection even where an app opted into plain-text encryption', async () => {
    const safeStorage = fakeSafeStorage({ keyring: 'basic_text' })
    safeStorage.setUsePlainTextEncryption(true)
    expect(chooseEncryption(true, safeStorage, 'linux')).toMatchObject({
      backend: 'basic_text', encryptionAvailable: true, backendProtects: false, encryptWrites: false,
    })
  })

  it('names the platform keystore on macOS and Windows, and the Linux backend even when it does not answer', async () => {
    expect(chooseEncryption(true, fakeSafeStorage({ platform: 'darwin', keyring: 'keychain' }), 'darwin')).toMatchObject({ backend: 'keychain', encryptWrites: true })
    expect(chooseEncryption(true, fakeSafeStorage({ platform: 'win32', keyring: 'dpapi' }), 'win32')).toMatchObject({ backend: 'dpapi', encryptWrites: true })
    expect(chooseEncryption(true, fakeSafeStorage({ keyringLocked: true }), 'linux')).toMatchObject({
      backend: 'gnome_libsecret', encryptWrites: false, keyring: undefined, encryptionAvailable: false, backendProtects: false,
    })
    expect(chooseEncryption(true, fakeSafeStorage({ keyring: 'basic_text' }), 'linux')).toMatchObject({
      backend: 'basic_text', encryptWrites: false, keyring: undefined, encryptionAvailable: false, backendProtects: false,
    })
    expect(chooseEncryption(true, fakeSafeStorage({ platform: 'darwin', keyring: 'keychain', keyringLocked: true }), 'darwin')).toMatchObject({
      backend: 'keychain', encryptWrites: false, keyring: undefined, encryptionAvailable: false,
    })
  })

  it('keeps entries encrypted by an unavailable keyring, and says so', async () => {
    const userData = tempFolder()
    const first = startJournal(userData).journal
    saved(await first.handlers.saveJournalEntry(draft))
    await first.finish()
    const { journal, notices } = startJournal(userData, { safeStorage: fakeSafeStorage({ keyringLocked: true }) })
    expect((await journal.handlers.journalHistory({ page: 0 })).total).toBe(0)
    expect(notices).toEqual([expect.objectContaining({ kind: 'journal-problem', problem: 'locked-records', count: 1 })])
    await journal.finish()
    expect((await startJournal(userData).journal.handlers.journalHistory({ page: 0 })).total).toBe(1)
  })
})

describe('a journal from before the journal had its own key', () => {
  it('reads every record the keyring encrypted, rewrites them once under the key, and keeps one it cannot read', async () => {
    const userData = tempFolder()
    const keyring = safeStorageCipher(fakeSafeStorage(), 'gnome_libsecret')
    const before = openJournalStore({ dir: userData, now: () => start, cipher: keyring })
    before.upsertMany([makeEntry({ id: 'old-1', harshVoice: 'words from before' }), makeEntry({ id: 'old-2' })])
    before.close()
    fs.appendFileSync(path.join(userData, 'journal.jsonl'), `${JSON.stringify({ op: 'put', id: 'old-3', enc: keyring.id, data: 'bm90IGZyb20gdGhlIGtleXJpbmc=' })}\n`)
    fs.writeFileSync(path.join(userData, 'journal-draft.json'), JSON.stringify({ v: 1, enc: keyring.id, data: keyring.encrypt(JSON.stringify({ kindReply: 'an old draft' })) }))

    const { journal, notices } = startJournal(userData)
    expect(await journal.handlers.getJournalEntry('old-1')).toMatchObject({ harshVoice: 'words from before' })
    expect((await journal.handlers.journalHistory({ page: 0 })).total).toBe(2)
    expect(notices).toEqual([expect.objectContaining({ problem: 'locked-records', count: 1 })])
    expect(await journal.handlers.getJournalDraft('new')).toEqual({ kind: 'reframe', kindReply: 'an old draft' })
    const lines = fs.readFileSync(path.join(userData, 'journal.jsonl'), 'utf8').trim().split('\n')
    expect(lines.filter((line) => line.includes('"enc":"aes-256-gcm:'))).toHaveLength(2)
    expect(lines.filter((line) => line.includes(`"enc":"${keyring.id}"`))).toHaveLength(1)
    await journal.finish()
    expect((await startJournal(userData).journal.handlers.journalHistory({ page: 0 })).total).toBe(2)
  })
})

describe('a different keyring', () => {
  it('keeps the other keyring’s entries as they are, says so once, and still says it once after a change of mode', async () => {
    const userData = tempFolder()
    const first = startJournal(userData).journal
    saved(await first.handlers.saveJournalEntry(draft))
    await first.finish()
    const { journal, notices, setSettings } = startJournal(userData, { safeStorage: fakeSafeStorage({ keyring: 'kwallet5' }), newId: () => 'second' })
    saved(await journal.handlers.saveJournalEntry({ kindReply: 'A new one, under the new keyring.' }))
    expect(notices).toEqual([expect.objectContaining({ problem: 'locked-records', count: 1 })])
    setSettings({ ...defaultSettings, journal: { ...defaultSettings.journal, encrypt: false } })
    await journal.settingsChanged()
    expect(notices).toHaveLength(1)
    expect((await journal.handlers.journalHistory({ page: 0 })).total).toBe(1)
    await journal.finish()
    // Back on the first keyring, both entries read.
    expect((await startJournal(userData).journal.handlers.journalHistory({ page: 0 })).total).toBe(2)
  })
})

describe('opening', () => {
  it('waits for `later` to open the store, and turns a torn last record into a notice naming where it was kept', async () => {
    const userData = tempFolder()
    const first = startJournal(userData).journal
    saved(await first.handlers.saveJournalEntry(draft))
    await first.finish()
    fs.appendFileSync(path.join(userData, 'journal.jsonl'), '{"op":"put","id":"half')

    const queued: (() => void)[] = []
    const { journal, notices } = startJournal(userData, { later: (task) => void queued.push(task) })
    journal.openSoon()
    expect(notices).toEqual([])
    queued.forEach((task) => task())
    // The opening's answers come back as promises, as they do from the journal's thread.
    await new Promise((resolve) => setImmediate(resolve))
    expect(notices).toEqual([expect.objectContaining({ kind: 'journal-problem', problem: 'torn-tail', count: 1 })])
    const movedTo = (notices[0] as Extract<Notice, { kind: 'journal-problem' }>).movedTo ?? ''
    expect(fs.readFileSync(movedTo, 'utf8')).toContain('"half')
    expect((await journal.handlers.journalHistory({ page: 0 })).total).toBe(1)
  })
})

describe('search warm-up', () => {
  it('folds the entries ahead of the first search in slices, each waiting its turn, and stops on quit', async () => {
    const userData = tempFolder()
    const seed = openJournalStore({ dir: userData, now: () => start })
    seed.upsertMany(Array.from({ length: 4_500 }, (_, n) => makeEntry({ id: `e${n}`, createdAt: start - n, updatedAt: start - n })))
    seed.close()
    const queued: (() => void)[] = []
    /** Runs the queued turns one by one, letting the journal's answers (promises) arrive between them. */
    const runTurns = async () => {
      let turns = 0
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve))
        const task = queued.shift()
        if (!task) return turns
        task()
        turns++
      }
    }
    const { journal } = startJournal(userData, { later: (task) => void queued.push(task), safeStorage: fakeSafeStorage({ keyringLocked: true }) })
    journal.openSoon()
    // Opening (with the first slice), then two more slices of at most 2,000 entries, then the turn that finds nothing left.
    expect(await runTurns()).toBe(4)
    expect((await journal.handlers.journalHistory({ page: 0, text: 'learning' })).matching).toBe(4_500)

    const again = startJournal(userData, { later: (task) => void queued.push(task), safeStorage: fakeSafeStorage({ keyringLocked: true }) })
    again.journal.openSoon()
    queued.shift()?.()
    await vi.waitFor(() => expect(queued).toHaveLength(1))
    await again.journal.finish()
    // The slice queued before quitting finds the journal closed, and queues nothing more.
    expect(await runTurns()).toBe(1)
  })
})

describe('support lines', () => {
  it.each(crisisLines.map((line) => line.url))('opens the crisis line %s in the browser', async (url) => {
    const { journal, opened } = startJournal(tempFolder())
    await journal.handlers.openSupportLink(url)
    expect(opened).toEqual([url])
  })

  it.each(['http://988lifeline.org', 'https://988lifeline.org.evil.example/', 'https://user@988lifeline.org/', 'https://988lifeline.org:8443/', 'javascript:alert(1)', 'file:///etc/passwd', ''])(
    'refuses %j and opens nothing',
    async (url) => {
      const { journal, opened } = startJournal(tempFolder())
      await expect(journal.handlers.openSupportLink(url)).rejects.toMatchObject({ refusal: { code: 'not-a-support-line', url } })
      expect(opened).toEqual([])
    },
  )

  it('opens an allowed page in the browser', async () => {
    const { journal, opened } = startJournal(tempFolder())
    await journal.handlers.openSupportLink('https://www.samaritans.org/how-we-can-help/')
    expect(opened).toEqual(['https://www.samaritans.org/how-we-can-help/'])
  })
})

describe('trend', () => {
  it('reads check-ins from the break history and intensities from the journal', async () => {
    const userData = tempFolder()
    fs.writeFileSync(
      path.join(userData, 'break-events.jsonl'),
      `${JSON.stringify({ v: 1, kind: 'check-in', at: start - 1_000, moment: 'before', value: 4, practice: 'reframe' })}\n{torn`,
    )
    const { journal } = startJournal(userData)
    saved(await journal.handlers.saveJournalEntry({ ...draft, intensityAfter: 2 }))
    const week = (await journal.handlers.getJournalTrend()).weeks.at(-1)
    expect(week?.checkIns.before).toEqual({ mean: 4, count: 1 })
    expect(week?.intensity).toEqual({ before: { mean: 7, count: 1 }, after: { mean: 2, count: 1 } })
  })
})

describe('the renderer’s limits', () => {
  it('match the journal’s own', async () => {
    expect(reframeLimits.maxFieldCharacters).toBe(MAX_FIELD_CHARACTERS)
  })
})
