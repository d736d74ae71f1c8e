/**
 * How main talks to the journal's thread: one request at a time per message, answered in order, with
 * main's clock on every request. The same calls run in-process (journal-in-process.ts) where a worker is
 * not wanted (unit tests) or cannot start: the journal then works as before, on main's thread.
 */
import { Worker } from 'node:worker_threads'
import type { JournalService } from './journal-service'

export type JournalRequestName = Exclude<keyof JournalService, 'close'>
/** What a request answers, once it has crossed back. */
export type Answer<K extends JournalRequestName> = ReturnType<JournalService[K]>

export interface JournalThread {
  call<K extends JournalRequestName>(name: K, ...args: Parameters<JournalService[K]>): Promise<Answer<K>>
  /** Closes the journal (after every request sent before) and lets the thread go. */
  close(): Promise<void>
}

/** Main → thread. `now` is main's clock: the harness and the tests control time there only. */
export interface JournalCall {
  id: number
  name: keyof JournalService
  args: unknown[]
  now: number
}

/** Thread → main. An error crosses as its message and system code (ENOSPC…), which is all main words. */
export type JournalReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string; code?: string }

/** An error the journal's thread met, with the system's code when there was one. */
export class JournalThreadError extends Error {
  override name = 'JournalThreadError'
  constructor(message: string, readonly code?: string) {
    super(message)
  }
}

/** Answers one call with the service, as a reply that can cross to main. */
export function answer(service: JournalService, call: JournalCall): JournalReply {
  try {
    const run = service[call.name] as (...args: unknown[]) => unknown
    return { id: call.id, ok: true, value: run(...call.args) }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    return { id: call.id, ok: false, message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) }
  }
}

export interface WorkerThreadOptions {
  /** The built journal-worker.js. */
  script: string
  now(): number
  /** Where calls go if the worker stops or never starts: a journal that works slower, rather than none. */
  fallback(): JournalThread
  /** The worker stopped unasked (after its first answer): the store must be opened again, on the fallback. */
  onLost(): void
}

/**
 * The journal in a worker thread. Electron's main process runs Node's worker_threads, and since Electron 18
 * a worker reads its script from app.asar (electron/electron#33216, "initialize asar support in worker
 * threads"). Should it still fail to start, calls go to the fallback instead and nothing is lost.
 */
export function journalWorkerThread(options: WorkerThreadOptions): JournalThread {
  const worker = new Worker(options.script)
  // Electron quits by app.quit, not by an empty event loop; unref'd, a worker never holds a test run open either.
  worker.unref()
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; call: JournalCall }>()
  let ids = 0
  let answered = false
  let fallback: JournalThread | null = null
  let closing = false

  worker.on('message', (reply: JournalReply) => {
    answered = true
    const waiting = pending.get(reply.id)
    pending.delete(reply.id)
    if (reply.ok) waiting?.resolve(reply.value)
    else waiting?.reject(new JournalThreadError(reply.message, reply.code))
  })
  const lost = (error: Error) => {
    if (fallback || closing) return
    fallback = options.fallback()
    const waiting = [...pending.values()]
    pending.clear()
    if (!answered) {
      // It never started: nothing was done, so every call goes to the fallback as if sent there first.
      for (const { call, resolve, reject } of waiting) send(call.name as JournalRequestName, call.args).then(resolve, reject)
      return
    }
    for (const { reject } of waiting) reject(new JournalThreadError(`The journal's thread stopped: ${error.message}`))
    options.onLost()
  }
  worker.on('error', lost)
  worker.on('exit', (code) => lost(new Error(`exit code ${code}`)))

  const send = (name: JournalRequestName, args: unknown[]): Promise<unknown> => {
    if (fallback) return (fallback.call as (name: JournalRequestName, ...args: unknown[]) => Promise<unknown>)(name, ...args)
    const call: JournalCall = { id: ++ids, name, args, now: options.now() }
    return new Promise((resolve, reject) => {
      pending.set(call.id, { resolve, reject, call })
      worker.postMessage(call)
    })
  }

  return {
    call: <K extends JournalRequestName>(name: K, ...args: Parameters<JournalService[K]>) => send(name, args) as Promise<Answer<K>>,
    async close() {
      if (fallback) return fallback.close()
      closing = true
      // Sent after every request before it, so a write in progress (an import) finishes first.
      const closed = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
      worker.postMessage({ id: ++ids, name: 'close', args: [], now: options.now() } satisfies JournalCall)
      await closed
    },
  }
}

/** A thread made on first use: its module loads only if a call ever comes. */
export function lazyJournalThread(make: () => Promise<JournalThread>): JournalThread {
  let made: Promise<JournalThread> | null = null
  const thread = () => (made ??= make())
  return {
    call: async (name, ...args) => (await thread()).call(name, ...args),
    close: async () => (made ? (await made).close() : undefined),
  }
}
