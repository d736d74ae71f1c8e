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
