// `npm run bench`: every measurement in bench/, one after another, each printing its own table.
// Not part of `npm test`: figures depend on the machine; docs/PERFORMANCE.md records them with the method.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const benches = ['startup.mjs', 'timer.mjs', 'hotkey-latency.mjs', 'breathing.mjs', 'hidden-window.mjs', 'journal.bench.mjs', 'main-thread.mjs']
let failed = 0
for (const bench of benches) {
  console.log(`\n## ${bench}\n`)
  const run = spawnSync(process.execPath, [path.join(here, bench)], { stdio: 'inherit' })
  if (run.status !== 0) failed += 1
}
process.exit(failed === 0 ? 0 : 1)
