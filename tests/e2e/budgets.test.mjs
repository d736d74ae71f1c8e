// Size budgets for what ships, from docs/PERFORMANCE.md: generous, and in bytes, never in wall-clock time.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bundleSizes, staticClosure } from '../../bench/bundle-sizes.mjs'

const budgets = [
  { pattern: /^main\/app\.js$/, gzip: 60_000, why: 'the main process: core, adapters and features' },
  { pattern: /^main\/presence-.*\.js$/, gzip: 12_000, why: 'the presence checks (calls, Do Not Disturb, idle, lock), loaded only when a break is near' },
  { pattern: /^main\/main\.js$/, gzip: 2_000, why: 'the production entry only wires real ports' },
  { pattern: /^preload\/preload\.cjs$/, gzip: 2_000, why: 'the preload exposes channel names, never the schema library' },
  { pattern: /^renderer\/assets\/index-.*\.js$/, gzip: 160_000, why: 'React and every screen' },
  { pattern: /^renderer\/assets\/index-.*\.css$/, gzip: 20_000, why: 'tokens and screen styles' },
  { pattern: /^renderer\/assets\/guided-index-.*\.js$/, gzip: 40_000, why: 'the guided practices\' own words, loaded when one opens' },
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

// A chunk shared with the journal's worker is loaded with app.js at start as well: the budget is for all of it.
const loadBudgets = [
  { entry: 'main/app.js', gzip: 60_000, why: 'what the main process loads to start: app.js and the chunks it imports statically' },
  { entry: 'main/journal-worker.js', gzip: 40_000, why: "the journal's thread: store, search, export and import" },
]

test('what each main-process entry loads stays within its budget, shared chunks included', () => {
  const sizes = new Map(bundleSizes().map(({ file, gzip }) => [file, gzip]))
  for (const budget of loadBudgets) {
    const files = staticClosure(budget.entry)
    const total = files.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0)
    assert.ok(total <= budget.gzip, `${budget.entry} loads ${files.join(', ')}: ${total} bytes gzipped, over ${budget.gzip} (${budget.why})`)
  }
})
