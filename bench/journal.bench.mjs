/**
 * Journal storage benchmark: the append-only log (electron/platform/journal-store.ts) beside the
 * naive approach (the whole journal as one array in a `conf` file, which is what electron-store does:
 * every save re-reads, re-serialises and atomically rewrites everything), with 10,000 and 100,000
 * realistic entries, measured in the same run.
 *
 *   node bench/journal.bench.mjs            # both sizes
 *   node bench/journal.bench.mjs 10000      # one size
 *
 * Not part of the test suite. The TypeScript sources are bundled to a temporary folder first.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import Conf from 'conf'
import { build } from 'rolldown'

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [10_000, 100_000]
const scratch = mkdtempSync(join(tmpdir(), 'kindbreak-bench-'))

await build({
  input: { store: 'electron/platform/journal-store.ts', core: 'electron/core/journal/index.ts' },
  platform: 'node',
  output: { dir: join(scratch, 'code'), format: 'esm', entryFileNames: '[name].mjs' },
  logLevel: 'silent',
})
const { openJournalStore } = await import(pathToFileURL(join(scratch, 'code/store.mjs')).href)
const { createJournalSearch, historyPage } = await import(pathToFileURL(join(scratch, 'code/core.mjs')).href)

/** A deterministic generator, so runs compare like with like. */
function makeRandom(seed) {
  let state = seed >>> 0
  return () => ((state = (state * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32)
}

const WORDS = `meeting deadline email manager review slide mistake late again tired forgot colleague
  project call quiet everyone always never enough friend learning okay breathe gentle effort human
  café mañana niño corazón trabajo reunión ✨ 🌱`.split(/\s+/)
const FEELINGS = ['anxious', 'ashamed', 'sad', 'angry', 'lonely', 'overwhelmed', 'disappointed', 'frustrated']
const TRAPS = ['all-or-nothing', 'overgeneralising', 'mind-reading', 'catastrophising', 'labelling', 'self-blame']

function realisticEntries(count, random) {
  const pick = (list) => list[Math.floor(random() * list.length)]
  const sentence = (min, max) =>
    Array.from({ length: min + Math.floor(random() * (max - min)) }, () => pick(WORDS)).join(' ')
  const start = Date.parse('2020-01-01T00:00:00Z')
  return Array.from({ length: count }, (_, n) => {
    const createdAt = start + n * 3_600_000 + Math.floor(random() * 600_000)
    return {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      schemaVersion: 1,
      createdAt,
      updatedAt: createdAt,
      harshVoice: sentence(8, 30),
      kindReply: sentence(15, 50),
      situation: random() < 0.7 ? sentence(4, 12) : undefined,
      feelings: [pick(FEELINGS), ...(random() < 0.5 ? [pick(FEELINGS)] : [])].filter((f, i, all) => all.indexOf(f) === i),
      intensityBefore: Math.floor(random() * 11),
      mindfulNaming: random() < 0.5 ? sentence(4, 10) : undefined,
      commonHumanity: random() < 0.4 ? sentence(6, 14) : undefined,
      intensityAfter: random() < 0.6 ? Math.floor(random() * 11) : undefined,
      thinkingTraps: random() < 0.3 ? [pick(TRAPS)] : [],
    }
  })
}

function time(fn) {
  const start = performance.now()
  const result = fn()
  return { ms: performance.now() - start, result }
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const ms = (value) => `${value.toFixed(value < 10 ? 2 : 0)} ms`
const mb = (bytes) => `${(bytes / 1_048_576).toFixed(1)} MB`
const utcOffset = () => 0

function benchLog(entries, random) {
  const dir = join(scratch, `log-${entries.length}`)
  const seeding = openJournalStore({ dir, now: Date.now })
  seeding.upsertMany(entries)
  seeding.close()

  const opens = Array.from({ length: 5 }, () => {
    const { ms: openMs, result: store } = time(() => openJournalStore({ dir, now: Date.now }))
    store.close()
    return openMs
  })
  const store = openJournalStore({ dir, now: Date.now })
  const firstPage = time(() => historyPage(store.entries(), { page: 0, pageSize: 30, utcOffset })).ms
  const search = createJournalSearch()
  const coldSearch = time(() => search.search(store.entries(), { text: 'reunion' })).ms
  const warmSearch = median(
    Array.from({ length: 20 }, () => time(() => search.search(store.entries(), { text: 'tired manager', feelings: ['sad'] })).ms),
  )
  const fresh = realisticEntries(200, random).map((entry, n) => ({ ...entry, id: `new-${n}` }))
  const save = median(fresh.map((entry) => time(() => store.upsert(entry)).ms))
  const pageAfterSave = time(() => historyPage(store.entries(), { page: 0, pageSize: 30, utcOffset })).ms
  store.close()
  return {
    open: median(opens),
    firstPage,
    pageAfterSave,
    coldSearch,
    warmSearch,
    save,
    size: statSync(join(dir, 'journal.jsonl')).size,
  }
}

function benchNaive(entries, random) {
  const cwd = join(scratch, `conf-${entries.length}`)
  const settings = () => new Conf({ cwd, configName: 'journal' })
  settings().set('entries', entries)
  const open = median(Array.from({ length: 5 }, () => time(() => settings().get('entries')).ms))
  const conf = settings()
  // Fewer samples at 100k: each one rewrites the whole file.
  const fresh = realisticEntries(entries.length > 20_000 ? 5 : 20, random).map((entry, n) => ({ ...entry, id: `new-${n}` }))
  const save = median(fresh.map((entry) => time(() => conf.set('entries', [...conf.get('entries'), entry])).ms))
  return { open, save, size: statSync(conf.path).size }
}

const rows = []
for (const size of sizes) {
  const random = makeRandom(size)
  const entries = realisticEntries(size, random)
  const log = benchLog(entries, random)
  const naive = benchNaive(entries, random)
  rows.push(
    [`${size.toLocaleString('en')} entries`, 'append-only log', 'naive (conf)'],
    ['save one entry (median, incl. fsync)', ms(log.save), ms(naive.save)],
    ['open the journal (startup, median of 5)', ms(log.open), ms(naive.open)],
    ['first history page (in memory)', ms(log.firstPage), 'same code'],
    ['first page right after a save (re-sort)', ms(log.pageAfterSave), 'same code'],
    ['search, first (folds every entry)', ms(log.coldSearch), 'same code'],
    ['search, then (median of 20)', ms(log.warmSearch), 'same code'],
    ['file size', mb(log.size), mb(naive.size)],
    ['', '', ''],
  )
}
const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)))
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  |  '))
rmSync(scratch, { recursive: true, force: true })
