// The journal on its own thread: it runs in a worker, a quit waits for an import in progress to be written
// whole, and a journal that an earlier version encrypted record by record through the keyring opens with
// every entry and its draft, and is rewritten once under the journal's own key.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { fakeSafeStorage } from '../harness/fake-electron/safe-storage-model.mjs'
import { eventually, openFromTray, withApp } from './support.mjs'

const now = Date.UTC(2026, 11, 1, 9, 30)
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }
const freshDir = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `kindbreak-thread-${name}-`))
const journalLines = (dir) => fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8').trim().split('\n')

const entry = (n, words) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, schemaVersion: 1, createdAt: now - n * 60_000, updatedAt: now - n * 60_000,
  harshVoice: words ?? `Entry number ${n}: the critic had a lot to say today.`, kindReply: 'And a friend answered gently.', feelings: [], thinkingTraps: [],
})

async function openFold(page, name) {
  const toggle = page.getByRole('button', { name })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

test('the journal works in a thread of its own, and a quit waits for an import in progress to be written whole', async () => {
  const userDataDir = freshDir('import')
  const backup = path.join(freshDir('backup'), 'big.json')
  const count = 20_000
  fs.writeFileSync(backup, JSON.stringify({ format: 'kindbreak-journal', formatVersion: 1, exportedAt: now, entries: Array.from({ length: count }, (_, n) => entry(n)) }))

  await withApp({ now, userDataDir, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Journal')
    await page.getByText('Nothing here yet.').waitFor()
    const [journalThread, ...others] = app.workerThreads()
    assert.deepEqual(others, [], 'one thread for the journal')
    assert.match(journalThread.script, /journal-worker\.js$/)
    assert.equal(journalThread.exited, false)

    await openFold(page, 'Export and import')
    app.dialogs.answerNext({ canceled: false, filePaths: [backup] })
    await page.getByRole('button', { name: 'Import a backup (JSON)' }).click()
    // The person quits the moment the file is chosen, while the import is still being written.
    await eventually(() => app.dialogs.requests().length === 1)
    await app.quit()
    assert.equal(app.workerThreads()[0].exited, true, 'the app quit only after the journal thread had finished and closed')
  })
  const lines = journalLines(userDataDir)
  assert.equal(lines.length, count, 'the whole import is in the journal')
  assert.ok(lines.every((line) => line.includes('"enc":"aes-256-gcm:')), 'every record encrypted under the journal key')

  await withApp({ now, userDataDir }, async (app) => {
    const page = await openFromTray(app, 'Journal')
    await page.getByText('Entry number 0: the critic had a lot to say today.').waitFor()
    await page.getByRole('searchbox', { name: 'Search your entries' }).fill('number 19999')
    await page.locator('[role="status"]').filter({ hasText: '1 entry matches.' }).first().waitFor()
  })
})

test('a journal an earlier version encrypted through the keyring opens with every entry and its draft, and moves to the journal key once', async () => {
  const userDataDir = freshDir('legacy')
  // What the earlier version wrote: each record (and the draft) encrypted by safeStorage itself, named by its backend.
  const keyring = fakeSafeStorage({ keyring: 'gnome_libsecret' })
  const seal = (value) => keyring.encryptString(JSON.stringify(value)).toString('base64')
  const enc = 'safe-storage:gnome_libsecret'
  const old = [entry(1, 'I should have seen that bug coming.'), entry(2, 'Everyone else copes better than me.')]
  fs.writeFileSync(path.join(userDataDir, 'journal.jsonl'), old.map((e) => `${JSON.stringify({ op: 'put', id: e.id, enc, data: seal(e) })}\n`).join(''))
  fs.writeFileSync(path.join(userDataDir, 'journal-draft.json'), `${JSON.stringify({ v: 1, enc, data: seal({ harshVoice: 'Half a thought from before' }) })}\n`)

  await withApp({ now, userDataDir, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Journal')
    await page.getByText('I should have seen that bug coming.').waitFor()
    await page.getByText('Everyone else copes better than me.').waitFor()
    const reframe = await openFromTray(app, 'Reframe a thought')
    await reframe.getByText('Your unfinished words were kept').waitFor()
    assert.equal(await reframe.getByLabel('What is the critical voice saying?').inputValue(), 'Half a thought from before')
  })
  const lines = journalLines(userDataDir)
  assert.equal(lines.length, 2)
  assert.ok(lines.every((line) => line.includes('"enc":"aes-256-gcm:') && !line.includes('bug coming')), 'rewritten under the journal key')
  const keyFile = JSON.parse(fs.readFileSync(path.join(userDataDir, 'journal-key.json'), 'utf8'))
  assert.equal(keyFile.keys.length, 1)
  assert.equal(keyFile.keys[0].keyring, enc, 'the key is kept wrapped by the keyring')
})
