// Hostile and random payloads on every IPC channel the running app handles: each call is answered with a
// clear refusal or a valid result, the app never crashes, and a refused call changes nothing on disk.
import assert from 'node:assert/strict'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import fc from 'fast-check'
import { openFromTray, withApp } from './support.mjs'

/** Everything Kindbreak keeps, as one fingerprint. */
function fingerprint(dir) {
  const hash = crypto.createHash('sha256')
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name)
    if (fs.statSync(file).isFile()) hash.update(name).update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

// Sent as JSON text and parsed in the page, so keys like "__proto__" arrive as own properties, as they
// would from a compromised renderer.
const hostileJson = [
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '{"theme": "dark", "__proto__": {"isAdmin": true}}',
  `"${'x'.repeat(200_000)}"`,
  `${'['.repeat(300)}${']'.repeat(300)}`,
  `${'{"a":'.repeat(200)}1${'}'.repeat(200)}`,
  JSON.stringify(Array.from({ length: 10_000 }, (_, i) => i)),
  '{"schedule": {"intervalMinutes": 1e309}}',
  '{"moment": "before", "value": 11, "practice": "touch"}',
  '{"kind": "add", "step": "kindness", "texts": ["", "   "]}',
  'null',
  '""',
]
// Values JSON cannot carry, built in the page.
const pageValues = ['NaN', 'Infinity', '-Infinity', 'new Date("not a date")', 'undefined', '-0', '[undefined, NaN]']

const randomArgs = fc.array(
  fc.oneof(
    fc.anything({ maxDepth: 3, withNullPrototype: false, withBigInt: false, withMap: false, withSet: false, withTypedArray: false, withBoxedValues: false, withSparseArray: false, withObjectString: false }),
    fc.constantFrom(...hostileJson.map((json) => ({ json }))),
    fc.constantFrom(...pageValues.map((expression) => ({ expression }))),
  ),
  { maxLength: 3 },
)

test('every channel answers hostile and random payloads clearly, and a refusal changes nothing', { timeout: 300_000 }, async () => {
  await withApp({}, async (app) => {
    const page = await openFromTray(app, 'Settings')
    const channels = app.ipcChannels()
    assert.ok(channels.length >= 8, `the contract's channels are all handled (${channels.join(', ')})`)
    const samples = fc.sample(randomArgs, { numRuns: 25, seed: 20261126 })
    let refused = 0
    for (const channel of channels) {
      for (const args of [...samples, ...hostileJson.map((json) => [{ json }])]) {
        const before = fingerprint(app.userDataDir)
        const outcome = await page.evaluate(async ([ch, encoded]) => {
          const decode = (arg) => (arg && typeof arg === 'object' && 'json' in arg ? JSON.parse(arg.json) : arg && typeof arg === 'object' && 'expression' in arg ? new Function(`return (${arg.expression})`)() : arg)
          try {
            await window.__fakeIpc('invoke', ch, encoded.map(decode))
            return { ok: true }
          } catch (error) {
            return { ok: false, message: String(error?.message ?? error) }
          }
        }, [channel, args])
        if (!outcome.ok) {
          refused += 1
          assert.match(outcome.message, new RegExp(`Error invoking remote method '${channel}'`))
          assert.ok(outcome.message.length < 4_000, `a refusal is short enough to read (${channel}: ${outcome.message.length} chars)`)
          assert.doesNotMatch(outcome.message, /\n\s+at /, 'no stack traces in refusals')
          assert.equal(fingerprint(app.userDataDir), before, `a refused ${channel} call changed nothing on disk`)
        }
      }
    }
    assert.ok(refused > channels.length * 10, `most hostile calls were refused (${refused})`)
    assert.equal({}.polluted, undefined, 'Object.prototype in main is untouched')
    assert.equal({}.isAdmin, undefined)
    assert.equal(await page.evaluate(() => ({}).polluted), undefined)
    // Still alive and well: the state comes back and a person can still use the window.
    const state = await page.evaluate(() => window.kindbreak.getState())
    assert.equal(state.settings.schemaVersion, 1)
    await app.tray.click('Settings')
    assert.equal(app.windows().length, 1)
  })
})
