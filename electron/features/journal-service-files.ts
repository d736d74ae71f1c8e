/**
 * What the journal's own thread reads and writes besides the journal: the export file main chose, a
 * backup to import, and the break history the trend is drawn from.
 */
import type { ImportReport, JournalExportRequest, KindnessTrend, Locale } from '../contract'
import type { BackupRefusal } from '../common/journal-problems'
import { isBreakEvent, type BreakEvent } from '../core/break-events'
import { kindnessTrend } from '../core/trends'
import { replaceFileAtomically } from '../platform/durable-files'
import { openEventLog } from '../platform/event-log'
import { copyAside } from '../platform/set-aside'
import { exportText, planImport } from './journal-backup-contents'
import type { ServiceParts } from './journal-service-parts'

const TREND_WEEKS = 8
const TREND_DAYS = 14

/** What an import did, and the backup's practice as stored, for main to bring back (it holds the settings). */
export type ImportOutcome = { ok: true; report: ImportReport; practice: unknown } | { ok: false; code: 'refused'; refusal: BackupRefusal }

export function fileRequests({ store, now, utcOffset }: ServiceParts) {
  let eventsDamageReported = false

  return {
    /** Writes the export to the file main had the person choose. Throws with the system's error code if it cannot. */
    exportTo(file: string, request: JournalExportRequest & { locale: Locale; practice?: object }): { count: number } {
      const entries = store().entries()
      replaceFileAtomically(file, exportText(entries, request, now(), utcOffset))
      return { count: entries.length }
    },

    /** Reads a backup and merges it in, all or nothing, with one write and one fsync. Throws if the file cannot be read. */
    importFrom(file: string): ImportOutcome {
      const plan = planImport(file, store())
      if (!plan.ok) return { ok: false, code: 'refused', refusal: plan.refusal }
      store().upsertMany(plan.merge.toWrite)
      return { ok: true, report: plan.merge.report, practice: plan.practice }
    },

    /** The trend, and where a damaged break history was copied (the first time only), for main to tell. */
    trend(eventsFile: string): { trend: KindnessTrend; eventsCopiedTo: string | null } {
      const log = openEventLog<BreakEvent>(eventsFile, isBreakEvent)
      const { records, skipped } = log.readAll()
      log.close()
      let eventsCopiedTo: string | null = null
      if (skipped > 0 && !eventsDamageReported) {
        // Lines that cannot be read are left out of the trend; the file as it was is kept, and the person told, once.
        eventsDamageReported = true
        eventsCopiedTo = copyAside(eventsFile, now())
      }
      const trend = kindnessTrend({ entries: store().entries(), events: records, now: now(), utcOffset, weeks: TREND_WEEKS, days: TREND_DAYS })
      return { trend, eventsCopiedTo }
    },
  }
}
