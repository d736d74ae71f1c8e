// The journal's other kinds, the way a person uses them: a letter to yourself (its prompts hidden and kept
// hidden, a draft across a relaunch, then found, filtered, read, edited, deleted and restored) and three good
// things; both exported as Markdown, JSON and CSV and re-imported into a fresh start, encrypted and not, the
// person's place on the path and daily moment coming back with them; an
// old journal file from before there were kinds opens with every entry intact; axe in both themes and languages.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { axeViolations } from './axe.mjs'
import { openFromTray, readSettingsFile, tabTo, withApp } from './support.mjs'
import { sidewaysOverflow } from './zoom.mjs'

const now = Date.UTC(2026, 10, 26, 18, 30)
const settled = { schemaVersion: 1, firstRun: { welcomed: true, backdraftNoteSeen: true }, checkIn: false }

const freshDir = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `kindbreak-kinds-${name}-`))
const journalFile = (dir) => path.join(dir, 'journal.jsonl')

const letterStart = 'Dear Sam, I know the deadline slipped and you have been replaying it all week.'
const letterEnd = ' You did your honest best with what you knew. Rest tonight; tomorrow is soon enough.'
const goodThings = {
  'Something that went well': 'The walk at lunch, in the low winter sun.',
  'Something else that went well': 'Maya laughed at my terrible pun.',
  'Something about you': 'I asked for help instead of struggling alone.',
}

/** From the journal's "Write" choices, by keyboard: Tab to the kind's button and press Enter. */
async function writeFromJournal(app, name, { journal = 'Journal', write = 'Write' } = {}) {
  const page = await openFromTray(app, journal)
  const button = page.getByRole('navigation', { name: write }).getByRole('button', { name })
  await tabTo(page, button)
  await page.keyboard.press('Enter')
  return page
}

async function saidLine(page, pattern) {
  await page.locator('[role="status"]').filter({ hasText: pattern }).first().waitFor()
}

async function openFold(page, name) {
  const toggle = page.getByRole('button', { name })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

/** Lets the autosave's short wait pass and main finish writing. */
async function afterAutosave(app, page) {
  await page.clock.runFor(1_000)
  await app.settle()
}

async function keepGoodThings(page) {
  for (const [label, words] of Object.entries(goodThings)) await page.getByLabel(label).fill(words)
  await page.getByRole('button', { name: 'Keep these' }).click()
  await page.getByRole('heading', { name: 'Your good things are kept' }).waitFor()
}

async function keepLetter(page, words) {
  await page.getByLabel('Your letter').fill(words)
  await page.getByRole('button', { name: 'Keep this letter' }).click()
  await page.getByRole('heading', { name: 'Your letter is kept' }).waitFor()
}

/** How many entries the journal lists now. */
const listed = (page) => page.getByRole('button', { name: /^Read the entry from/ }).count()

test('a letter to yourself: prompts hidden and kept hidden, a draft across a relaunch, then kept, found, filtered, read, edited, deleted and restored', async () => {
  const userDataDir = freshDir('letter')
  const letterDraft = path.join(userDataDir, 'journal-letter-draft.json')
  await withApp({ now, userDataDir, settings: settled }, async (app) => {
    const page = await writeFromJournal(app, 'A letter to yourself')
    await page.getByRole('heading', { level: 1, name: 'A letter to yourself' }).waitFor()
    const prompts = page.locator('.letter-prompt-list li')
    assert.equal(await prompts.count(), 3, 'three gentle prompts')
    assert.ok(await prompts.first().isVisible())
    const hide = page.getByRole('button', { name: 'Hide the prompts' })
    assert.equal(await hide.getAttribute('aria-expanded'), 'true')
    await tabTo(page, hide)
    await page.keyboard.press('Enter')
    const show = page.getByRole('button', { name: 'Show the prompts' })
    await show.waitFor()
    assert.equal(await show.getAttribute('aria-expanded'), 'false')
    assert.equal(await prompts.first().isVisible(), false, 'hidden prompts are out of sight and out of the reading order')
    assert.deepEqual(await axeViolations(page), [])

    await page.getByLabel('Your letter').fill(letterStart)
    // A reframing written earlier, so the kind filter has something to leave out.
    await page.evaluate(() => window.kindbreak.saveJournalEntry({ harshVoice: 'I should have caught that typo.', kindReply: 'Everyone misses one sometimes.' }))
    await afterAutosave(app, page)
    app.inspect().windows[0].close()
    await app.settle()
  })
  assert.ok(fs.existsSync(letterDraft), 'the unfinished letter is kept in its own draft')
  assert.ok(!fs.readFileSync(letterDraft, 'utf8').includes('deadline'), 'encrypted like the journal')
  assert.equal(fs.existsSync(path.join(userDataDir, 'journal-draft.json')), false, 'a reframing’s draft is another file')

  await withApp({ now: now + 3_600_000, userDataDir }, async (app) => {
    const page = await writeFromJournal(app, 'A letter to yourself')
    await page.getByText('Your unfinished letter was kept, just as you left it.').waitFor()
    await page.getByRole('button', { name: 'Show the prompts' }).waitFor()
    const letter = page.getByLabel('Your letter')
    assert.equal(await letter.inputValue(), letterStart)
    await letter.press('Control+End')
    await letter.pressSequentially(letterEnd)
    await page.getByRole('button', { name: 'Keep this letter' }).click()
    await page.getByRole('heading', { name: 'Your letter is kept' }).waitFor()
    assert.deepEqual(await axeViolations(page), [])
    await app.settle()
    assert.equal(fs.existsSync(letterDraft), false, 'keeping the letter clears its draft')

    await page.getByRole('button', { name: 'Open the journal' }).click()
    await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor()
    await page.locator('.journal-entry-letter').filter({ hasText: 'Letter to yourself' }).filter({ hasText: 'Dear Sam' }).waitFor()
    await page.locator('.journal-entry-reframe').getByText('I should have caught that typo.').waitFor()

    const search = page.getByRole('searchbox', { name: 'Search your entries' })
    await search.fill('REPLAYING honest')
    await saidLine(page, '1 entry matches.')
    await search.fill('')
    const show = page.getByLabel('Show', { exact: true })
    await show.selectOption({ label: 'Letters' })
    await saidLine(page, '1 entry matches.')
    assert.equal(await listed(page), 1)
    await show.selectOption({ label: 'Reframings' })
    await saidLine(page, '1 entry matches.')
    await page.getByText('I should have caught that typo.').waitFor()
    await show.selectOption({ label: 'Three good things' })
    await saidLine(page, 'No entries match.')
    await show.selectOption({ label: 'Letters' })
    await saidLine(page, '1 entry matches.')
    assert.deepEqual(await axeViolations(page), [], 'the journal with a letter, showing letters only')

    await page.getByRole('button', { name: /^Read the entry from/ }).click()
    const detail = page.locator('.journal-detail')
    await detail.getByText('Letter to yourself').waitFor()
    assert.equal((await detail.locator('.journal-field-letter dd').textContent()), letterStart + letterEnd)
    assert.deepEqual(await axeViolations(page), [])
    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    await page.getByRole('heading', { name: 'Edit this entry' }).waitFor()
    await page.getByLabel('Your letter').fill(`${letterStart} Gently, Me.`)
    await page.getByRole('button', { name: 'Save changes' }).click()
    await saidLine(page, 'Changes saved.')
    await detail.getByText(/Gently, Me\.$/).waitFor()

    await page.getByRole('button', { name: 'Delete', exact: true }).click()
    await saidLine(page, 'Entry deleted.')
    const undo = page.getByRole('button', { name: 'Undo' })
    assert.equal(await undo.evaluate((button) => button === document.activeElement), true, 'Undo is where the keyboard is')
    await undo.press('Enter')
    await saidLine(page, 'Entry restored.')
    await page.getByText(/Gently, Me\./).waitFor()
  })
  const onDisk = fs.readFileSync(journalFile(userDataDir), 'utf8')
  assert.ok(!onDisk.includes('Sam') && !onDisk.includes('Gently'), 'the journal file holds no plain text')
})

for (const encrypt of [true, false]) {
  test(`three good things and a letter are exported as Markdown, JSON and CSV and re-imported into a fresh start, ${encrypt ? 'encrypted' : 'not encrypted'}`, async () => {
    const userDataDir = freshDir(encrypt ? 'enc' : 'plain')
    const out = freshDir('out')
    const files = { markdown: path.join(out, 'journal.md'), json: path.join(out, 'journal.json'), csv: path.join(out, 'journal.csv') }
    const settings = { ...settled, journal: { encrypt } }
    // The person's practice travels in the JSON backup: their week on the path and an evening moment.
    const practice = { path: { status: 'on', week: 3 }, schedule: { dailyMoment: { enabled: true, time: '21:00', opens: 'good-things' } } }
    await withApp({ now, userDataDir, settings: { ...settings, ...practice } }, async (app) => {
      await keepGoodThings(await writeFromJournal(app, 'Three good things'))
      await keepLetter(await writeFromJournal(app, 'A letter to yourself'), letterStart)
      const page = await openFromTray(app, 'Journal')
      await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Three good things' })
      await saidLine(page, '1 entry matches.')
      const entry = page.locator('.journal-entry-good-things')
      for (const words of Object.values(goodThings)) await entry.getByText(words).waitFor()
      await page.getByRole('searchbox', { name: 'Search your entries' }).fill('instead of struggling')
      await saidLine(page, '1 entry matches.')
      await page.getByRole('button', { name: 'Clear the search' }).click()

      await openFold(page, 'Export and import')
      for (const [format, button] of [['markdown', 'Export to read (Markdown)'], ['json', 'Back up (JSON)'], ['csv', 'Export for a spreadsheet (CSV)']]) {
        app.dialogs.answerNext({ canceled: false, filePath: files[format] })
        await page.getByRole('button', { name: button }).click()
        await saidLine(page, `2 entries saved to ${files[format]}.`)
      }
    })
    const onDisk = fs.readFileSync(journalFile(userDataDir), 'utf8')
    assert.equal(onDisk.includes('struggling alone'), !encrypt, encrypt ? 'no plain words on disk' : 'the words are on disk as written')
    if (!encrypt) assert.ok(onDisk.includes('"kind":"good-things"') && onDisk.includes('"kind":"letter"'))

    const markdown = fs.readFileSync(files.markdown, 'utf8')
    assert.match(markdown, /^### \d\d:\d\d · Three good things$/m)
    assert.match(markdown, /^### \d\d:\d\d · A letter to yourself$/m)
    assert.ok(markdown.includes('**Something about you**\n\n> I asked for help instead of struggling alone.'))
    assert.ok(markdown.includes(`**Letter**\n\n> ${letterStart}`))
    const backup = JSON.parse(fs.readFileSync(files.json, 'utf8'))
    assert.deepEqual(backup.entries.map((entry) => entry.kind).sort(), ['good-things', 'letter'])
    const csvLines = fs.readFileSync(files.csv, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n')
    assert.ok(csvLines[0].endsWith(',schemaVersion,kind,letter,wentWell,alsoWentWell,aboutMe'), 'the kinds’ columns come after the old ones')
    const goodThingsRow = ',2,good-things,,"The walk at lunch, in the low winter sun.",Maya laughed at my terrible pun.,I asked for help instead of struggling alone.'
    assert.ok(csvLines.some((line) => line.endsWith(goodThingsRow)), 'a good-things row, quoted where a comma needs it')

    const freshStart = freshDir('import')
    const again = path.join(freshDir('again'), 'again.json')
    await withApp({ now, userDataDir: freshStart, settings }, async (app) => {
      const page = await openFromTray(app, 'Journal')
      await openFold(page, 'Export and import')
      app.dialogs.answerNext({ canceled: false, filePaths: [files.json] })
      await page.getByRole('button', { name: 'Import a backup (JSON)' }).click()
      await saidLine(page, 'Imported: 2 new, 0 updated, 0 already here. Your practice came back too: your place on the path and your daily moment.')
      const restored = readSettingsFile(freshStart)
      assert.deepEqual(restored.path, { status: 'on', week: 3 })
      assert.deepEqual(restored.schedule.dailyMoment, { enabled: true, time: '21:00', opens: 'good-things', onlyWorkingHours: false })
      await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Letters' })
      await saidLine(page, '1 entry matches.')
      await page.locator('.journal-entry-letter').getByText('Dear Sam').waitFor()
      assert.equal(await listed(page), 1)
      app.dialogs.answerNext({ canceled: false, filePath: again })
      await page.getByRole('button', { name: 'Back up (JSON)' }).click()
      await saidLine(page, 'saved to')
    })
    assert.deepEqual(JSON.parse(fs.readFileSync(again, 'utf8')).entries, backup.entries, 'the same entries, field for field')
    const reimported = fs.readFileSync(journalFile(freshStart), 'utf8')
    assert.equal(reimported.includes('Dear Sam'), !encrypt, 'imported entries are kept the way the journal keeps them')
  })
}

test('an old journal file, written before there were kinds, opens with every entry intact', async () => {
  const userDataDir = freshDir('old')
  const hour = 3_600_000
  // Today's format before kinds: version 1 records, no kind; one of them edited (a second put), one deleted.
  const full = {
    id: 'old-full', schemaVersion: 1, createdAt: now - 30 * hour, updatedAt: now - 29 * hour,
    situation: 'The quarterly review', harshVoice: 'You are always behind.', feelings: ['anxious', 'ashamed'], intensityBefore: 8,
    mindfulNaming: 'This is a moment of worry.', commonHumanity: 'Many people feel behind at review time.',
    kindReply: 'You carried a lot this quarter.', intensityAfter: 5, thinkingTraps: ['all-or-nothing'],
  }
  const first = { ...full, kindReply: 'An earlier reply', updatedAt: now - 30 * hour }
  const short = { id: 'old-short', schemaVersion: 1, createdAt: now - 2 * hour, updatedAt: now - 2 * hour, harshVoice: '', kindReply: 'Small steps still count.', feelings: [], thinkingTraps: [] }
  const gone = { id: 'old-gone', schemaVersion: 1, createdAt: now - 3 * hour, updatedAt: now - 3 * hour, harshVoice: 'Deleted long ago', kindReply: '', feelings: [], thinkingTraps: [] }
  const put = (entry) => JSON.stringify({ op: 'put', id: entry.id, entry })
  fs.writeFileSync(journalFile(userDataDir), [put(first), put(gone), put(full), put(short), JSON.stringify({ op: 'del', id: gone.id })].join('\n') + '\n')
  const backup = path.join(freshDir('old-out'), 'backup.json')

  await withApp({ now, userDataDir, settings: { ...settled, journal: { encrypt: false } } }, async (app) => {
    const page = await openFromTray(app, 'Journal')
    await page.getByText('Small steps still count.').waitFor()
    assert.equal(await listed(page), 2, 'the deleted entry stays deleted')
    assert.equal(await page.getByText('Deleted long ago').count(), 0)
    await page.getByRole('button', { name: /^Read the entry from/ }).last().click()
    const detail = page.locator('.journal-detail')
    await detail.getByText('Reframing').first().waitFor()
    const shown = Object.fromEntries(await detail.locator('.journal-field').evaluateAll((rows) => rows.map((row) => [row.querySelector('dt').textContent, row.querySelector('dd').textContent])))
    assert.deepEqual(shown, {
      Situation: 'The quarterly review',
      Feelings: 'Anxious, Ashamed',
      'Intensity before': '8 out of 10',
      'Critical voice': 'You are always behind.',
      'Naming the moment': 'This is a moment of worry.',
      'Not alone': 'Many people feel behind at review time.',
      'Kind reply': 'You carried a lot this quarter.',
      'Intensity after': '5 out of 10',
      'Thinking traps': 'All or nothing',
    })
    await page.getByRole('button', { name: 'Back to the journal' }).click()
    await openFold(page, 'Export and import')
    app.dialogs.answerNext({ canceled: false, filePath: backup })
    await page.getByRole('button', { name: 'Back up (JSON)' }).click()
    await saidLine(page, '2 entries saved to')
  })
  const upgraded = (entry) => ({ ...entry, schemaVersion: 2, kind: 'reframe' })
  assert.deepEqual(JSON.parse(fs.readFileSync(backup, 'utf8')).entries, [upgraded(short), upgraded(full)], 'every field as it was written, now a reframing')
  // Written once at the current version, so the next start reads it as written; the replaced and deleted words are gone.
  const onDisk = fs.readFileSync(journalFile(userDataDir), 'utf8').trim().split('\n').map((line) => JSON.parse(line).entry)
  assert.deepEqual(onDisk.sort((a, b) => a.id.localeCompare(b.id)), [upgraded(full), upgraded(short)])
})

// Light and English are checked along the letter's own test, and the accessibility walk covers both new pages
// in every theme and language; this is the journal holding the kinds in the other theme and language.
test('letters and three good things in the journal, dark theme, Spanish: no axe violations, no sideways scroll at 200 %', async () => {
  await withApp({ now, colorScheme: 'dark', settings: { ...settled, theme: 'dark', language: 'es' } }, async (app) => {
    const page = await writeFromJournal(app, 'Una carta para ti', { journal: 'Diario', write: 'Escribir' })
    await page.getByRole('button', { name: 'Ocultar las preguntas' }).click()
    await page.evaluate(async () => {
      await window.kindbreak.saveJournalEntry({ kind: 'letter', letter: 'Querida yo: lo hiciste lo mejor que pudiste.' })
      await window.kindbreak.saveJournalEntry({ kind: 'good-things', wentWell: 'Un café al sol.', aboutMe: 'Pedí ayuda.' })
    })
    const problems = []
    const check = async (where) => {
      for (const violation of await axeViolations(page)) problems.push(`${where}: ${violation}`)
      for (const element of await sidewaysOverflow(page)) problems.push(`${where}: wider than the window at 200 % zoom: ${element}`)
    }
    await check('the letter, prompts hidden')
    await openFromTray(app, 'Diario')
    await page.getByText('Pedí ayuda.').waitFor()
    await check('the journal with both kinds')
    await page.getByLabel('Mostrar', { exact: true }).selectOption({ label: 'Cartas' })
    await page.getByText('Un café al sol.').waitFor({ state: 'detached' })
    await check('the journal, letters only')
    await page.getByRole('button', { name: /^Leer la entrada de/ }).click()
    await page.locator('.journal-detail').waitFor()
    await check('a letter, read')
    assert.deepEqual(problems, [])
  })
})

test('kindbreak --letter and --good-things open their pages, and the library lists both', async () => {
  for (const [flag, heading] of [['--letter', 'A letter to yourself'], ['--good-things', 'Three good things']]) {
    await withApp({ now, settings: settled, argv: [flag] }, async (app) => {
      const page = await app.waitForWindow()
      await page.getByRole('heading', { level: 1, name: heading }).waitFor()
      await app.tray.click('All practices')
      await page.locator('.library-item').filter({ hasText: heading }).waitFor()
    })
  }
})
