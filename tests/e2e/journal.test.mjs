// The reframing journal, the way a person uses it: write from the tray, come back after a relaunch, search,
// edit, delete and undo, export and import a backup into a fresh start; drafts that outlive the window;
// what is on disk when encryption is on; the crisis lines' links; a damaged file; axe in light and dark.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { axeViolations } from './axe.mjs'
import { openFromTray, readRefusal, withApp } from './support.mjs'

const now = Date.UTC(2026, 10, 26, 9, 30)
/** Past the welcome and the first-run note, without check-ins: straight to the screens under test. */
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }

const freshDir = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `kindbreak-journal-${name}-`))
const journalFile = (dir) => path.join(dir, 'journal.jsonl')
const harsh = 'You always mess up the important meetings. Everyone saw it.'
const kind = 'One meeting went sideways. You prepared, you cared, and people know your work.'
const kinder = 'It was one meeting. You are allowed to be human at work.'

/** Writes one entry through the quick-entry screen, the way a person would (keyboard and clicks). */
async function writeEntry(page, { critical, reply }) {
  await page.getByLabel('What is the critical voice saying?').fill(critical)
  await page.getByText('More about this moment').click()
  await page.getByRole('button', { name: 'Anxious' }).click()
  await page.getByRole('radio', { name: '7' }).check()
  await page.getByRole('button', { name: 'Next: a kind reply' }).click()
  // The critical words stay in view while the reply is written.
  await page.getByRole('figure').filter({ hasText: critical }).waitFor()
  await page.getByLabel('What would a good friend say to you?').fill(reply)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await page.getByRole('heading', { name: 'Saved in your journal' }).waitFor()
}

async function openFold(page, name) {
  const toggle = page.getByRole('button', { name })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

async function saidLine(page, pattern) {
  await page.locator('[role="status"]').filter({ hasText: pattern }).first().waitFor()
}

test('write from the tray, relaunch, search, edit, delete and undo, export, and import into a fresh start', async () => {
  const userDataDir = freshDir('path')
  const markdown = path.join(freshDir('md'), 'journal.md')
  const backup = path.join(freshDir('json'), 'journal.json')

  await withApp({ now, userDataDir, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Reframe a thought')
    await page.getByRole('heading', { level: 1, name: 'Reframe a thought' }).waitFor()
    await writeEntry(page, { critical: harsh, reply: kind })
  })
  // Encryption is on by default and the (fake) keyring protects: none of the words are readable on disk.
  const onDisk = fs.readFileSync(journalFile(userDataDir), 'utf8')
  assert.equal(onDisk.trim().split('\n').length, 1)
  assert.ok(!onDisk.includes('meetings') && !onDisk.includes('sideways'), 'the journal file holds no plain text')

  await withApp({ now: now + 3_600_000, userDataDir }, async (app) => {
    const page = await openFromTray(app, 'Journal')
    await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor()
    await page.getByText(harsh).waitFor()

    const search = page.getByRole('searchbox', { name: 'Search your entries' })
    await search.fill('MEETINGS sideways')
    await saidLine(page, '1 entry matches.')
    await search.fill('zebra')
    await saidLine(page, 'No entries match.')
    assert.equal(await page.getByText(harsh).count(), 0)
    await page.getByRole('button', { name: 'Clear the search' }).click()
    await page.getByText(harsh).waitFor()

    await page.getByRole('button', { name: /^Read the entry from/ }).click()
    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    await page.getByRole('heading', { name: 'Edit this entry' }).waitFor()
    await page.getByRole('button', { name: 'Next: a kind reply' }).click()
    await page.getByLabel('What would a good friend say to you?').fill(kinder)
    await page.getByRole('button', { name: 'Save changes' }).click()
    await saidLine(page, 'Changes saved.')
    await page.getByText(kinder).waitFor()
    await page.getByText(/^Changed /).waitFor()

    await page.getByRole('button', { name: 'Delete', exact: true }).click()
    await saidLine(page, 'Entry deleted.')
    await page.getByText('Nothing here yet.').waitFor()
    const undo = page.getByRole('button', { name: 'Undo' })
    assert.equal(await undo.evaluate((button) => button === document.activeElement), true, 'Undo is where the keyboard is')
    await undo.press('Enter')
    await saidLine(page, 'Entry restored.')
    await page.getByText(kinder).waitFor()

    await openFold(page, 'Export and import')
    app.dialogs.answerNext({ canceled: false, filePath: markdown })
    await page.getByRole('button', { name: 'Export to read (Markdown)' }).click()
    await saidLine(page, `1 entry saved to ${markdown}.`)
    app.dialogs.answerNext({ canceled: false, filePath: backup })
    await page.getByRole('button', { name: 'Back up (JSON)' }).click()
    await saidLine(page, `1 entry saved to ${backup}.`)
    assert.deepEqual(app.dialogs.requests().map((request) => request.kind), ['save', 'save'])
  })

  const readable = fs.readFileSync(markdown, 'utf8')
  assert.match(readable, /^# Kindbreak journal/)
  assert.ok(readable.includes('> It was one meeting. You are allowed to be human at work.'))
  assert.ok(readable.includes('**Feelings:** Anxious'), 'chips are written in words, not ids')
  const exported = JSON.parse(fs.readFileSync(backup, 'utf8'))
  assert.equal(exported.format, 'kindbreak-journal')
  assert.equal(exported.entries.length, 1)
  assert.equal(exported.entries[0].kindReply, kinder)

  const freshStart = freshDir('import')
  const roundTrip = path.join(freshDir('again'), 'again.json')
  await withApp({ now, userDataDir: freshStart, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Journal')
    await page.getByText('Nothing here yet.').waitFor()
    await openFold(page, 'Export and import')
    app.dialogs.answerNext({ canceled: false, filePaths: [backup] })
    await page.getByRole('button', { name: 'Import a backup (JSON)' }).click()
    await saidLine(page, 'Imported: 1 new, 0 updated, 0 already here.')
    await page.getByText(kinder).waitFor()
    // The same file again: merged by id, nothing doubled.
    app.dialogs.answerNext({ canceled: false, filePaths: [backup] })
    await page.getByRole('button', { name: 'Import a backup (JSON)' }).click()
    await saidLine(page, 'Imported: 0 new, 0 updated, 1 already here.')
    assert.equal(await page.getByRole('button', { name: /^Read the entry from/ }).count(), 1)
    app.dialogs.answerNext({ canceled: false, filePath: roundTrip })
    await page.getByRole('button', { name: 'Back up (JSON)' }).click()
    await saidLine(page, 'saved to')
  })
  assert.deepEqual(JSON.parse(fs.readFileSync(roundTrip, 'utf8')).entries, exported.entries, 'the same entries, field for field')
})

test('a bad backup is refused with a clear message and nothing changes', async () => {
  const notABackup = path.join(freshDir('bad'), 'notes.json')
  fs.writeFileSync(notABackup, '{"hello": "world"}')
  await withApp({ now, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Reframe a thought')
    await writeEntry(page, { critical: harsh, reply: kind })
    await page.getByRole('button', { name: 'Open the journal' }).click()
    await openFold(page, 'Export and import')
    app.dialogs.answerNext({ canceled: false, filePaths: [notABackup] })
    await page.getByRole('button', { name: 'Import a backup (JSON)' }).click()
    await saidLine(page, 'This file is not a Kindbreak journal backup. Nothing was changed.')
    assert.equal(await page.getByRole('button', { name: /^Read the entry from/ }).count(), 1)
    // A cancelled dialog says nothing and does nothing.
    await page.getByRole('button', { name: 'Import a backup (JSON)' }).click()
    await app.settle()
    assert.equal(await page.getByRole('button', { name: /^Read the entry from/ }).count(), 1)
  })
})

test('a draft survives closing the window and a relaunch, encrypted on disk, and saving clears it', async () => {
  const userDataDir = freshDir('draft')
  const unfinished = 'Nobody will ever take my ideas seriously'
  await withApp({ now, userDataDir, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Reframe a thought')
    await page.getByLabel('What is the critical voice saying?').fill(unfinished)
    await page.getByText('More about this moment').click()
    await page.getByRole('button', { name: 'Lonely' }).click()
    await page.clock.runFor(1_000)
    await app.settle()
    app.inspect().windows[0].close()
    await app.settle()
    assert.equal(app.windows().length, 0)
  })
  const draftFile = path.join(userDataDir, 'journal-draft.json')
  assert.ok(fs.existsSync(draftFile))
  assert.ok(!fs.readFileSync(draftFile, 'utf8').includes('ideas'), 'the draft is encrypted like the journal')

  await withApp({ now, userDataDir }, async (app) => {
    const page = await openFromTray(app, 'Reframe a thought')
    await page.getByText('Your unfinished words were kept').waitFor()
    assert.equal(await page.getByLabel('What is the critical voice saying?').inputValue(), unfinished)
    assert.equal(await page.getByRole('button', { name: 'Lonely' }).getAttribute('aria-pressed'), 'true')
    await page.getByRole('button', { name: 'Next: a kind reply' }).click()
    await page.getByLabel('What would a good friend say to you?').fill('Some people already do, and more will.')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByRole('heading', { name: 'Saved in your journal' }).waitFor()
    await page.clock.runFor(1_000)
    await app.settle()
    assert.equal(fs.existsSync(draftFile), false, 'saving clears the draft')
  })
})

test('changes to an old entry survive closing the window mid-edit and a relaunch; saving or Cancel clears them', async () => {
  const userDataDir = freshDir('edit-draft')
  const halfway = 'It was one meeting, and I am learning'
  const editDraft = path.join(userDataDir, 'journal-edit-draft.json')
  const startEditing = async (page) => {
    await page.getByRole('button', { name: /^Read the entry from/ }).click()
    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    await page.getByRole('heading', { name: 'Edit this entry' }).waitFor()
    await page.getByRole('button', { name: 'Next: a kind reply' }).click()
  }
  const afterAutosave = async (app, page) => {
    await page.clock.runFor(1_000)
    await app.settle()
  }
  await withApp({ now, userDataDir, settings: settled }, async (app) => {
    await writeEntry(await openFromTray(app, 'Reframe a thought'), { critical: harsh, reply: kind })
    const page = await openFromTray(app, 'Journal')
    await startEditing(page)
    await page.getByLabel('What would a good friend say to you?').fill(halfway)
    await afterAutosave(app, page)
    app.inspect().windows[0].close()
    await app.settle()
  })
  assert.ok(fs.existsSync(editDraft), 'the unfinished change is kept')
  assert.ok(!fs.readFileSync(editDraft, 'utf8').includes('learning'), 'encrypted like the journal')
  assert.ok(!fs.existsSync(path.join(userDataDir, 'journal-draft.json')), 'the new-entry draft is another file')

  await withApp({ now, userDataDir }, async (app) => {
    const page = await openFromTray(app, 'Journal')
    await page.getByText('Your unfinished changes to this entry were kept').waitFor()
    await page.getByRole('button', { name: 'Next: a kind reply' }).click()
    const reply = page.getByLabel('What would a good friend say to you?')
    assert.equal(await reply.inputValue(), halfway)
    await reply.fill(kinder)
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor()
    await page.getByText(kinder).waitFor()
    await app.settle()
    assert.equal(fs.existsSync(editDraft), false, 'saving clears the kept change')

    await page.getByRole('button', { name: 'Back to the journal' }).click()
    await startEditing(page)
    await page.getByLabel('What would a good friend say to you?').fill('A change I think better of')
    await afterAutosave(app, page)
    assert.ok(fs.existsSync(editDraft))
    await page.getByRole('button', { name: 'Cancel', exact: true }).click()
    await page.getByText(kinder).waitFor()
    await app.settle()
    assert.equal(fs.existsSync(editDraft), false, 'Cancel lets the change go')
  })
})

test('words typed just before a save that fails are kept as a draft, not dropped with the pending autosave', async () => {
  const userDataDir = freshDir('failed-save')
  const editDraft = path.join(userDataDir, 'journal-edit-draft.json')
  // The page clock stands still, so the autosave's own timer never writes: only the failed save can.
  await withApp({ now, userDataDir, settings: settled, pausePageClock: true }, async (app) => {
    await writeEntry(await openFromTray(app, 'Reframe a thought'), { critical: harsh, reply: kind })
    const page = await openFromTray(app, 'Journal')
    await page.getByRole('button', { name: /^Read the entry from/ }).click()
    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    await page.getByRole('button', { name: 'Next: a kind reply' }).click()
    await page.getByLabel('What would a good friend say to you?').fill(kinder)
    await app.settle()
    assert.equal(fs.existsSync(editDraft), false, 'nothing written yet')
    // The entry goes away underneath the editor (another window, an import): the save cannot land.
    await page.evaluate(async () => {
      const { days } = await window.kindbreak.journalHistory({ page: 0 })
      await window.kindbreak.deleteJournalEntry(days[0].entries[0].id)
    })
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('This entry is no longer in the journal.').waitFor()
    await app.settle()
    assert.ok(fs.existsSync(editDraft), 'the words are kept')
  })
})

test('nothing written is refused kindly; a field over 10,000 characters says so and is not saved', async () => {
  await withApp({ now, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Reframe a thought')
    await page.getByRole('button', { name: 'Next: a kind reply' }).click()
    // Moving on is not saving: nothing is refused yet.
    await page.getByRole('heading', { level: 2, name: 'A kind reply' }).waitFor()
    assert.equal(await page.getByRole('alert').count(), 0)
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    // Back to the first step, where writing starts, with the reason beside it.
    await page.getByRole('alert').filter({ hasText: 'Either one is enough.' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'The critical voice' }).waitFor()
    await page.getByRole('button', { name: 'Next: a kind reply' }).click()
    const reply = page.getByLabel('What would a good friend say to you?')
    await reply.fill('🌱'.repeat(10_001))
    await page.getByText('10,001 of 10,000 characters').waitFor()
    await page.getByText('This is over 10,000 characters.').waitFor()
    assert.equal(await reply.getAttribute('aria-invalid'), 'true')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await app.settle()
    assert.equal(await page.getByRole('heading', { name: 'Saved in your journal' }).count(), 0)
    await reply.fill('🌱'.repeat(10_000))
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByRole('heading', { name: 'Saved in your journal' }).waitFor()
  })
})

test('with encryption off the words are on disk as written, and any Unicode round-trips exactly', async () => {
  const userDataDir = freshDir('plain')
  await withApp({ now, userDataDir, settings: { ...settled, journal: { encrypt: false } } }, async (app) => {
    const page = await openFromTray(app, 'Reframe a thought')
    await writeEntry(page, { critical: harsh, reply: 'مرحبا 🌱 e\u0301' })
  })
  const onDisk = fs.readFileSync(journalFile(userDataDir), 'utf8')
  assert.ok(onDisk.includes('important meetings'))
  assert.equal(JSON.parse(onDisk).entry.kindReply, 'مرحبا 🌱 e\u0301', 'any Unicode round-trips exactly')
})

test('"Need support now?" is one click away and opens only the crisis lines through main', async () => {
  await withApp({ now, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Journal')
    await page.getByRole('button', { name: 'Need support now?' }).click()
    await page.getByRole('heading', { level: 2, name: 'Need support now?' }).waitFor()
    await page.getByText('Free to call on 116 123').waitFor()
    await page.getByRole('button', { name: 'Samaritans website' }).click()
    await app.settle()
    assert.deepEqual(app.openedExternal(), ['https://www.samaritans.org'])
    // A page cannot open anything else, even by asking main directly.
    const refused = await page.evaluate(() => window.kindbreak.openSupportLink('https://example.com/').then(() => 'opened', (error) => String(error)))
    assert.deepEqual(readRefusal(refused), { code: 'not-a-support-line', url: 'https://example.com/' })
    assert.deepEqual(app.openedExternal(), ['https://www.samaritans.org'])
  })
})

test('a damaged journal opens with what can be read, and the person is told where the rest was kept', async () => {
  const userDataDir = freshDir('damaged')
  const entry = { id: 'kept-1', schemaVersion: 1, createdAt: now - 60_000, updatedAt: now - 60_000, harshVoice: 'Still here', kindReply: '', feelings: [], thinkingTraps: [] }
  fs.writeFileSync(journalFile(userDataDir), `${JSON.stringify({ op: 'put', id: entry.id, entry })}\nthis line is not a record\n{"op":"put","id":"torn`)
  await withApp({ now, userDataDir, settings: settled }, async (app) => {
    const page = await openFromTray(app, 'Journal')
    await page.getByText('Still here').waitFor()
    await page.getByText(/One saved record could not be read\..*kept at .*journal\.corrupt-/).waitFor()
    await page.getByText(/the last entry was left unfinished/).waitFor()
    assert.equal(app.errors().length, 0)
  })
  const aside = fs.readdirSync(userDataDir).filter((name) => name.startsWith('journal.corrupt-'))
  assert.equal(aside.length, 1)
  assert.match(fs.readFileSync(path.join(userDataDir, aside[0]), 'utf8'), /this line is not a record/)
})

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds nothing on the reframe and journal screens (${colorScheme})`, async () => {
    await withApp({ now, colorScheme, settings: settled }, async (app) => {
      const page = await openFromTray(app, 'Reframe a thought')
      const check = async (where) => {
        assert.deepEqual(await axeViolations(page), [], where)
      }
      await page.getByLabel('What is the critical voice saying?').fill(harsh)
      await page.getByText('More about this moment').click()
      await page.getByRole('button', { name: 'Sad' }).click()
      await page.getByRole('radio', { name: '6' }).check()
      await check('reframe, step 1')
      await page.getByRole('button', { name: 'Next: a kind reply' }).click()
      await page.getByText('Name it, and remember others feel it too').click()
      await page.getByText('After writing').click()
      await page.getByLabel('What would a good friend say to you?').fill(kind)
      await page.getByRole('button', { name: 'Catastrophising' }).click()
      await check('reframe, step 2')
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      await page.getByRole('heading', { name: 'Saved in your journal' }).waitFor()
      await check('reframe, saved')

      await page.getByRole('button', { name: 'Open the journal' }).click()
      await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor()
      await page.getByRole('button', { name: 'Need support now?' }).click()
      await page.getByText('Feelings and thinking traps').click()
      await openFold(page, 'Your kindness trend')
      await openFold(page, 'Export and import')
      await page.getByRole('img', { name: /Feelings in your entries by week/ }).waitFor()
      await check('journal')
      await page.getByRole('button', { name: /^Read the entry from/ }).click()
      await check('journal, one entry')
    })
  })
}
