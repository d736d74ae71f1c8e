// The app's main process starts Node worker threads (the journal's, electron/features/journal-thread.ts).
// They are Node's own here as in Electron; this only records them, so a test can see which threads run and
// whether they ended. The app imports `Worker` from node:worker_threads; syncBuiltinESMExports makes that
// import see the recording class.
import { createRequire, syncBuiltinESMExports } from 'node:module'

const workerThreads = createRequire(import.meta.url)('node:worker_threads')
const NodeWorker = workerThreads.Worker
/** Every worker started since the harness loaded: { script, exited }. */
const started = []

workerThreads.Worker = class RecordedWorker extends NodeWorker {
  constructor(script, options) {
    super(script, options)
    const record = { script: String(script), exited: false }
    started.push(record)
    this.once('exit', () => void (record.exited = true))
  }
}
syncBuiltinESMExports()

/** The workers started from now on, as a live list. */
export function recordWorkers() {
  const from = started.length
  return () => started.slice(from).map((record) => ({ ...record }))
}
