/**
 * The journal's thread (a worker_threads worker started by the journal feature in main): answers main's
 * calls with the journal service, in order, and ends after closing the journal.
 */
import { randomUUID } from 'node:crypto'
import { parentPort } from 'node:worker_threads'
import { answer, type JournalCall } from './features/journal-thread'
import { createJournalService } from './features/journal-service'

const port = parentPort
if (!port) throw new Error('journal-worker.js runs as a worker thread, started by main')

let callTime = 0
const service = createJournalService({
  now: () => callTime,
  later: (task) => void setImmediate(task),
  newId: randomUUID,
  utcOffset: (epochMs) => -new Date(epochMs).getTimezoneOffset(),
})

port.on('message', (call: JournalCall) => {
  callTime = call.now
  port.postMessage(answer(service, call))
  if (call.name === 'close') port.close()
})
