/**
 * Journal storage benchmark: the append-only log (electron/platform/journal-store.ts), plain and with
 * per-record encryption, beside the naive approach (the whole journal as one array in a `conf` file,
 * which is what electron-store does: every save re-reads, re-serialises and atomically rewrites
 * everything), with 10,000 and 100,000 realistic entries, all measured in the same run.
 *
 *   node bench/journal.bench.mjs            # both sizes
 *   node bench/journal.bench.mjs 10000      # one size
 *
 * Not part of the test suite. The TypeScript sources are bundled to a temporary folder first. Prints a
 * Markdown table (pasted into docs/PERFORMANCE.md) and the machine it ran on.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import Conf from 'conf'
import { build } from 'rolldown'

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [10_000, 100_000]
const scratch = mkdtempSync(join(os.tmpdir(), 'kindbreak-bench-'))

await build({
  input: { store: 'electron/platform/journal-store.ts', core: 'electron/core/journal/index.ts', cipher: 'electron/platform/record-cipher.ts' },
  platform: 'node',
  output: { dir: join(scratch, 'code'), format: 'esm', entryFileNames: '[name].mjs' },
  logLevel: 'silent',
})
const { openJournalStore } = await import(pathToFileURL(join(scratch, 'code/store.mjs')).href)
const { createJournalSearch, historyPage } = await import(pathToFileURL(join(scratch, 'code/core.mjs')).href)
const { recordCipher } = await import(pathToFileURL(join(scratch, 'code/cipher.mjs')).href)

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

/**
 * A journal as a person keeps it: mostly reframings, with letters to oneself and three good things among
 * them (about one in ten and one in five), each kind's fields filled the way people fill them.
 */
function realisticEntries(count, random) {
  const pick = (list) => list[Math.floor(random() * list.length)]
  const sentence = (min, max) =>
    Array.from({ length: min + Math.floor(random() * (max - min)) }, () => pick(WORDS)).join(' ')
  const start = Date.parse('2020-01-01T00:00:00Z')
  return Array.from({ length: count }, (_, n) => {
    const createdAt = start + n * 3_600_000 + Math.floor(random() * 600_000)
    const base = { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, schemaVersion: 2, createdAt, updatedAt: createdAt }
    const roll = random()
    if (roll < 0.1) return { ...base, kind: 'letter', letter: Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(12, 30)).join('\n\n') }
    if (roll < 0.3) return { ...base, kind: 'good-things', wentWell: sentence(4, 14), alsoWentWell: random() < 0.8 ? sentence(4, 14) : undefined, aboutMe: sentence(4, 14) }
    return {
      ...base,
      kind: 'reframe',
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

/**
 * Stands in for safeStorage, which needs a running Electron: AES-256-GCM per record with a fresh IV,
 * base64 like the real cipher adapter. Chromium's OSCrypt does AES per string too (CBC on Linux and
 * macOS, GCM on Windows), so the cost per record is of the same order; the keyring is asked once.
 */
function aesCipher() {
  const key = randomBytes(32)
  return {
    id: 'bench-aes-gcm',
    encrypt(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64')
    },
    decrypt(text) {
      const bytes = Buffer.from(text, 'base64')
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12))
      decipher.setAuthTag(bytes.subarray(12, 28))
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
    },
  }
}

/**
 * Wall time, and the CPU time this process spent (user + system). On a busy machine the wall time
 * includes waiting for a core; the CPU time does not, so both are reported. A save's fsync waits for
 * the disk, which shows in wall time only.
 */
function time(fn) {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const result = fn()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { ms: { wall, cpu: (used.user + used.system) / 1_000 }, result }
}

const plus = (a, b) => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu })

/** The median sample by wall time, reported with its own CPU time. */
function median(samples) {
  const sorted = [...samples].sort((a, b) => a.wall - b.wall)
  return sorted[Math.floor(sorted.length / 2)]
}

const fixed = (value) => value.toFixed(value < 10 ? 2 : 0)
const ms = ({ wall, cpu }) => `${fixed(wall)} ms (${fixed(cpu)})`
const mb = (bytes) => `${(bytes / 1_048_576).toFixed(1)} MB`
const utcOffset = () => 0
const firstPage = (entries) => historyPage(entries, { page: 0, pageSize: 20, utcOffset })

/** One column of the table: the medians of the five starts, and the other figures as measured. */
const column = (starts, figures) => ({
  open: median(starts.map((s) => s.open)),
  openAndPage: median(starts.map((s) => s.openAndPage)),
  ...figures,
})
/** What the journal screen asks: words and a feeling chip. */
const query = { text: 'tired manager', feelings: ['sad'] }

/** The same searches on whichever array an approach holds, so the only difference is how it got there. */
function measureSearch(entries) {
  const search = createJournalSearch()
  const cold = time(() => search.search(entries, { text: 'reunion' })).ms
  const warm = median(Array.from({ length: 20 }, () => time(() => search.search(entries, query)).ms))
  return { cold, warm }
}

function benchLog(entries, random, cipher) {
  const dir = join(scratch, `log-${cipher ? 'enc' : 'plain'}-${entries.length}`)
  const options = { dir, now: Date.now, cipher }
  const seeding = openJournalStore(options)
  seeding.upsertMany(entries)
  seeding.close()

  // Startup as the app does it: open (read, decrypt, validate, fold) and show the first page.
  const starts = Array.from({ length: 5 }, () => {
    const opened = time(() => openJournalStore(options))
    const page = time(() => firstPage(opened.result.entries())).ms
    opened.result.close()
    return { open: opened.ms, openAndPage: plus(opened.ms, page) }
  })
  const store = openJournalStore(options)
  firstPage(store.entries())
  // The Journal screen opened while the app runs: the store is open and its order cached.
  const page = median(Array.from({ length: 20 }, () => time(() => firstPage(store.entries())).ms))
  const { cold, warm } = measureSearch(store.entries())
  const fresh = realisticEntries(200, random).map((entry, n) => ({ ...entry, id: `new-${n}` }))
  const save = median(fresh.map((entry) => time(() => store.upsert(entry)).ms))
  const pageAfterSave = time(() => firstPage(store.entries())).ms
  // What a delete costs in the app: the tombstone, then the rewrite that takes the words off the disk.
  const deleteOne = median(fresh.slice(0, 5).map((entry) => time(() => {
    store.remove(entry.id)
    store.compact()
  }).ms))
  store.close()
  return column(starts, { page, pageAfterSave, coldSearch: cold, warmSearch: warm, save, deleteOne, size: statSync(join(dir, 'journal.jsonl')).size })
}

function benchNaive(entries, random) {
  const cwd = join(scratch, `conf-${entries.length}`)
  const store = () => new Conf({ cwd, configName: 'journal' })
  store().set('entries', entries)
  const starts = Array.from({ length: 5 }, () => {
    const opened = time(() => store().get('entries'))
    const page = time(() => firstPage(opened.result)).ms
    return { open: opened.ms, openAndPage: plus(opened.ms, page) }
  })
  const conf = store()
  // conf (like electron-store) reads and parses the whole file on every get: that is what a page costs there.
  const page = median(Array.from({ length: 20 }, () => time(() => firstPage(conf.get('entries'))).ms))
  const { cold, warm } = measureSearch(conf.get('entries'))
  // Fewer samples at 100k: each one rewrites the whole file.
  const fresh = realisticEntries(entries.length > 20_000 ? 5 : 20, random).map((entry, n) => ({ ...entry, id: `new-${n}` }))
  const save = median(fresh.map((entry) => time(() => conf.set('entries', [...conf.get('entries'), entry])).ms))
  const pageAfterSave = time(() => firstPage(conf.get('entries'))).ms
  const deleteOne = median(fresh.slice(0, 3).map((entry) => time(() => conf.set('entries', conf.get('entries').filter((kept) => kept.id !== entry.id))).ms))
  return column(starts, { page, pageAfterSave, coldSearch: cold, warmSearch: warm, save, deleteOne, size: statSync(conf.path).size })
}

const rows = [
  ['save one entry (median, incl. fsync)', 'save', ms],
  ['open the journal (startup, median of 5)', 'open', ms],
  ['open + first history page (median of 5)', 'openAndPage', ms],
  ['first history page, journal already open (median of 20)', 'page', ms],
  ['first page right after a save', 'pageAfterSave', ms],
  ['delete one entry, words off the disk (median of 5; naive: of 3)', 'deleteOne', ms],
  ['search, first (folds every entry)', 'coldSearch', ms],
  ['search, then (median of 20)', 'warmSearch', ms],
  ['file size', 'size', mb],
]

const lines = [
  'Times are wall clock, with CPU time in brackets.', '',
  '| | append-only log | log, encrypted, every record validated | log, encrypted with the journal key | naive (electron-store array) |', '|---|---|---|---|---|',
]
for (const size of sizes) {
  const random = makeRandom(size)
  const entries = realisticEntries(size, random)
  const journalKey = recordCipher({ id: 'bench', bytes: randomBytes(32) })
  const results = [benchLog(entries, random), benchLog(entries, random, aesCipher()), benchLog(entries, random, journalKey), benchNaive(entries, random)]
  lines.push(`| **${size.toLocaleString('en')} entries** | | | | |`)
  for (const [label, key, format] of rows) lines.push(`| ${label} | ${results.map((r) => format(r[key])).join(' | ')} |`)
}
/**
 * A journal written before there were kinds (version 1 records, no `kind`) is upgraded as it is read, and
 * written once at the current version on that first open, so later opens read it as written. Its first and
 * later opens beside the same reframings written today (median of 5 each; the first open on 5 fresh copies),
 * plain and with the journal key.
 */
function benchOldFormat(entries, journalKey) {
  const reframings = entries.filter((entry) => entry.kind === 'reframe')
  const asVersion1 = ({ kind: _kind, ...entry }) => ({ ...entry, schemaVersion: 1 })
  const writeLog = (dir, records, cipher) => {
    mkdirSync(dir, { recursive: true })
    const line = (entry) => JSON.stringify(cipher
      ? { op: 'put', id: entry.id, enc: cipher.id, data: cipher.encrypt(JSON.stringify(entry)) }
      : { op: 'put', id: entry.id, entry })
    writeFileSync(join(dir, 'journal.jsonl'), `${records.map(line).join('\n')}\n`)
  }
  const openOnce = (dir, cipher, count) => {
    const opened = time(() => openJournalStore({ dir, now: Date.now, cipher }))
    if (opened.result.entries().length !== count) throw new Error(`${dir}: not every entry was read`)
    opened.result.close()
    return opened.ms
  }
  const measure = (cipher, name) => {
    const today = join(scratch, `today-${name}-${reframings.length}`)
    writeLog(today, reframings, cipher)
    const before = Array.from({ length: 5 }, (_, n) => join(scratch, `before-${name}-${reframings.length}-${n}`))
    const old = reframings.map(asVersion1)
    before.forEach((dir) => writeLog(dir, old, cipher))
    return {
      today: median(Array.from({ length: 5 }, () => openOnce(today, cipher, reframings.length))),
      first: median(before.map((dir) => openOnce(dir, cipher, reframings.length))),
      later: median(Array.from({ length: 5 }, () => openOnce(before[0], cipher, reframings.length))),
    }
  }
  return [['plain', undefined], ['encrypted with the journal key', journalKey]].map(([label, cipher]) => {
    const { today, first, later } = measure(cipher, cipher ? 'key' : 'plain')
    return `| ${reframings.length.toLocaleString('en')} reframings, ${label} | ${ms(today)} | ${ms(first)} | ${ms(later)} |`
  })
}

const oldFormatLines = [
  '', 'Opening a journal written before kinds, beside the same reframings written today:', '',
  '| | written today (version 2) | before kinds: first open (upgrade, one rewrite) | before kinds: later opens |', '|---|---|---|---|',
]
for (const size of sizes) {
  const entries = realisticEntries(size, makeRandom(size))
  oldFormatLines.push(...benchOldFormat(entries, recordCipher({ id: 'bench-old', bytes: randomBytes(32) })))
}

const cpus = os.cpus()
console.log(lines.join('\n'))
console.log(oldFormatLines.join('\n'))
console.log(
  `\nMachine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 1_073_741_824).toFixed(0)} GB RAM, ` +
    `${os.type()} ${os.release()} (${os.arch()}), Node ${process.version}; temp folder ${os.tmpdir()}.`,
)
rmSync(scratch, { recursive: true, force: true })
