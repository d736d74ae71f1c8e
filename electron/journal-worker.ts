/**
 * The journal's thread (a worker_threads worker started by the journal feature in main): answers main's
 * calls with the journal service, in order, and ends after closing the journal.
 */
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import { parentPort } from 'node:worker_threads'
import { answer, type JournalCall } from './features/journal-thread'
import { createJournalService } from './features/journal-service'
import { localUtcOffset } from './platform/wall-clock'

const port = parentPort
if (!port) throw new Error('journal-worker.js runs as a worker thread, started by main')

// Opening 100,000 entries keeps a core busy for seconds; on a two-core laptop the tray and the window
// starting beside it then wait for a core (the bench saw main held up 200 ms with no JavaScript of its own
// running). On Linux the nice value belongs to each thread (setpriority(2), NOTES: "under the current
// Linux/NPTL implementation of POSIX threads, the nice value is a per-thread attribute"), so this lowers
// the journal's thread alone. On macOS and Windows it would lower the whole app, so it is not done there.
if (process.platform === 'linux') os.setPriority(0, os.constants.priority.PRIORITY_BELOW_NORMAL)

let callTime = 0
const service = createJournalService({
  now: () => callTime,
  later: (task) => void setImmediate(task),
  newId: randomUUID,
  utcOffset: localUtcOffset,
})

port.on('message', (call: JournalCall) => {
  callTime = call.now
  port.postMessage(answer(service, call))
  if (call.name === 'close') port.close()
})
