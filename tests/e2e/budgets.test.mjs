// Size budgets for what ships, from docs/PERFORMANCE.md: generous, and in bytes, never in wall-clock time.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bundleSizes } from '../../bench/bundle-sizes.mjs'

const budgets = [
  { pattern: /^main\/app\.js$/, gzip: 60_000, why: 'the main process: core, adapters and features' },
  { pattern: /^main\/presence-.*\.js$/, gzip: 12_000, why: 'the presence checks (calls, Do Not Disturb, idle, lock), loaded only when a break is near' },
  { pattern: /^main\/main\.js$/, gzip: 2_000, why: 'the production entry only wires real ports' },
  { pattern: /^preload\/preload\.cjs$/, gzip: 2_000, why: 'the preload exposes channel names, never the schema library' },
  { pattern: /^renderer\/assets\/index-.*\.js$/, gzip: 160_000, why: 'React and every screen' },
  { pattern: /^renderer\/assets\/index-.*\.css$/, gzip: 20_000, why: 'tokens and screen styles' },
]

test('every bundle stays within its size budget', () => {
  const sizes = bundleSizes()
  for (const budget of budgets) {
    const matching = sizes.filter(({ file }) => budget.pattern.test(file))
    assert.equal(matching.length, 1, `one bundle matches ${budget.pattern} (${budget.why})`)
    const [{ file, gzip }] = matching
    assert.ok(gzip <= budget.gzip, `${file} is ${gzip} bytes gzipped, over its budget of ${budget.gzip} (${budget.why})`)
  }
})
