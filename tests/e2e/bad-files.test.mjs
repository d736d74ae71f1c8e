// Every file Kindbreak reads at start-up, damaged in each way a disk or a person can damage it: the app
// still starts, keeps the bad bytes in a copy beside it, and tells the person.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { withApp } from './support.mjs'

const damages = {
  truncated: (good) => good.subarray(0, Math.floor(good.length / 2)),
  empty: () => Buffer.alloc(0),
  'binary garbage': () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
  'JSON of the wrong shape': () => Buffer.from('{"hello": ["this", "is", "not", "it"], "version": "seven"}'),
  huge: () => Buffer.from(`{"padding": "${'a'.repeat(8 * 1024 * 1024)}"`),
}

/** A healthy copy of each file, as the app itself writes it. */
async function healthyFiles() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-healthy-'))
  await withApp({ userDataDir: dir }, async () => {})
  return dir
}

const files = ['settings.json', 'schedule-state.json']

test('damaged files are kept aside, the app starts, and the person is told', { timeout: 600_000 }, async () => {
  const healthy = await healthyFiles()
  for (const file of files) {
    const good = fs.readFileSync(path.join(healthy, file))
    for (const [damage, make] of Object.entries(damages)) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-damaged-'))
      const bad = make(good)
      fs.writeFileSync(path.join(dir, file), bad)
      await withApp({ userDataDir: dir }, async (app) => {
        assert.ok(app.tray.labels().includes('Take a break now'), `${file} (${damage}): the app started`)
        const { name } = path.parse(file)
        const kept = fs.readdirSync(dir).filter((entry) => entry.startsWith(`${name}.`) && entry !== file && !entry.endsWith('.tmp'))
        assert.equal(kept.length, 1, `${file} (${damage}): one copy kept aside (have ${fs.readdirSync(dir).join(', ')})`)
        assert.ok(fs.readFileSync(path.join(dir, kept[0])).equals(bad), `${file} (${damage}): the copy holds the bad bytes exactly`)
        assert.ok(app.notifications().length >= 1, `${file} (${damage}): the person was told`)
        assert.ok(
          app.notifications().some((n) => n.body.includes(kept[0])),
          `${file} (${damage}): the message says where the copy is (${JSON.stringify(app.notifications())})`,
        )
      })
    }
  }
})

// Files read later than start-up: the journal's drafts (a new entry when writing opens, changes to an old
// one when the journal opens) and the break history (when the journal draws its trend). An empty
// append-only log is simply an empty history, so it is not "damage".
const laterFiles = [
  { file: 'journal-draft.json', open: 'Reframe a thought', damages: Object.keys(damages) },
  { file: 'journal-edit-draft.json', open: 'Journal', damages: Object.keys(damages) },
  { file: 'break-events.jsonl', open: 'Journal', damages: Object.keys(damages).filter((damage) => damage !== 'empty') },
]

test('a damaged draft or break history is kept aside and named in the window, and the app goes on', { timeout: 600_000 }, async () => {
  for (const { file, open, damages: kinds } of laterFiles) {
    for (const damage of kinds) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-damaged-later-'))
      const bad = damages[damage](Buffer.from('{"v":1,"kind":"started","at":1795682700000}\n'))
      fs.writeFileSync(path.join(dir, file), bad)
      await withApp({ userDataDir: dir, settings: { firstRun: { welcomed: true, backdraftNoteSeen: true } } }, async (app) => {
        await app.tray.click(open)
        const page = await app.waitForWindow()
        const { name } = path.parse(file)
        let kept = []
        for (let attempt = 0; attempt < 100 && kept.length === 0; attempt += 1) {
          await app.settle()
          kept = fs.readdirSync(dir).filter((entry) => entry.startsWith(`${name}.`) && entry !== file)
        }
        assert.equal(kept.length, 1, `${file} (${damage}): one copy kept (have ${fs.readdirSync(dir).join(', ')})`)
        assert.ok(fs.readFileSync(path.join(dir, kept[0])).equals(bad), `${file} (${damage}): the copy holds the bad bytes exactly`)
        const notices = await page.evaluate(() => window.kindbreak.getState().then((state) => JSON.stringify(state.notices)))
        assert.ok(notices.includes(kept[0]), `${file} (${damage}): the window names the copy (${notices})`)
      })
    }
  }
})
