/**
 * The journal's service on main's own thread: for unit tests, and as the fallback when no worker starts.
 * Loaded only when needed, so the start-up bundle does not carry the store and its search.
 */
import { createJournalService, type JournalService, type JournalServiceOptions } from './journal-service'
import { answer, JournalThreadError, type Answer, type JournalRequestName, type JournalThread } from './journal-thread'

export function inProcessJournalThread(options: JournalServiceOptions): JournalThread {
  const service = createJournalService(options)
  let ids = 0
  const call = <K extends JournalRequestName>(name: K, ...args: Parameters<JournalService[K]>): Promise<Answer<K>> => {
    const reply = answer(service, { id: ++ids, name, args, now: options.now() })
    return reply.ok ? Promise.resolve(reply.value as Answer<K>) : Promise.reject(new JournalThreadError(reply.message, reply.code))
  }
  return {
    call,
    close: async () => service.close(),
  }
}
