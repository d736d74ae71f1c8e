/** What the window shows around the entries: the journal's status, the gentle trend, and the crisis lines' links. */
import path from 'node:path'
import { isBreakEvent, type BreakEvent } from '../core/break-events'
import { isSupportLineUrl } from '../core/support-lines'
import { kindnessTrend } from '../core/trends'
import { openEventLog } from '../platform/event-log'
import { RequestRefused } from '../platform/ipc'
import { copyAside } from '../platform/set-aside'
import type { HandlerParts, JournalHandlers } from './journal-types'

const TREND_WEEKS = 8
const TREND_DAYS = 14

export function statusHandlers({ deps, store, status, utcOffset }: HandlerParts) {
  let eventsDamageReported = false

  return {
    getJournalTrend() {
      const log = openEventLog<BreakEvent>(deps.eventsFile, isBreakEvent)
      const { records, skipped } = log.readAll()
      log.close()
      if (skipped > 0 && !eventsDamageReported) {
        // Lines that cannot be read are left out of the trend; the file as it was is kept, and the person told, once.
        eventsDamageReported = true
        const copyAt = copyAside(deps.eventsFile, deps.clock.now())
        deps.addNotice({ id: `break-events-${deps.clock.now()}`, kind: 'file-set-aside', file: path.basename(deps.eventsFile), movedTo: copyAt })
        deps.onChange()
      }
      return kindnessTrend({ entries: store().entries(), events: records, now: deps.clock.now(), utcOffset, weeks: TREND_WEEKS, days: TREND_DAYS })
    },

    getJournalStatus: status,

    async openSupportLink(url: string): Promise<void> {
      if (!isSupportLineUrl(url)) throw new RequestRefused({ code: 'not-a-support-line', url })
      await deps.shell.openExternal(url)
    },
  } satisfies Partial<JournalHandlers>
}
