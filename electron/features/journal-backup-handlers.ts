/**
 * Export and import of the journal, through the system's save and open dialogs. The JSON backup also carries
 * the person's practice (path, daily rhythm), which an import brings back where this computer has none yet.
 */
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import type { JournalExportRequest, Responses } from '../contract'
import { mainText } from '../common/catalog/main-index'
import { practiceOf, practiceToRestore } from '../core/practice-backup'
import { errorCode, RequestRefused } from '../platform/ipc'
import { exportFileName, exportFilters } from './journal-backup'
import type { HandlerParts, JournalDeps, JournalHandlers } from './journal-types'

/** The dialogs are main's; reading and writing the files is the journal thread's. */
export function backupHandlers({ deps, ready, utcOffset }: HandlerParts) {
  return {
    async exportJournal(request: JournalExportRequest): Promise<Responses['exportJournal']> {
      const now = deps.clock.now()
      const locale = deps.locale()
      const words = mainText[locale].dialogs
      const choice = await askSavePath(deps, {
        title: words.exportTitle,
        defaultPath: exportFileName(request.format, now, utcOffset),
        filters: exportFilters(request.format, words.fileTypes),
      })
      if (choice === null) return { ok: false, code: 'canceled' }
      const thread = await ready()
      try {
        // The JSON backup carries the person's practice too, so a new computer can bring it back.
        const practice = request.format === 'json' ? practiceOf(deps.settings()) : undefined
        const { count } = await thread.call('exportTo', choice, { ...request, locale, ...(practice && { practice }) })
        return { ok: true, path: choice, count }
      } catch (error) {
        throw new RequestRefused({ code: 'export-not-written', file: choice, cause: errorCode(error) })
      }
    },

    async importJournal(): Promise<Responses['importJournal']> {
      const words = mainText[deps.locale()].dialogs
      const choice = await askOpenPath(deps, {
        title: words.importTitle,
        filters: exportFilters('json', words.fileTypes),
        properties: ['openFile'],
      })
      if (choice === null) return { ok: false, code: 'canceled' }
      const thread = await ready()
      let outcome: Awaited<ReturnType<typeof thread.call<'importFrom'>>>
      try {
        // One write and one fsync for the whole import: all of it is in the journal, or none of it.
        outcome = await thread.call('importFrom', choice)
      } catch (error) {
        throw new RequestRefused({ code: 'import-not-read', file: choice, cause: errorCode(error) })
      }
      if (!outcome.ok) return outcome
      const { patch, restored, unreadable } = practiceToRestore(deps.settings(), outcome.practice)
      if (restored.length > 0) deps.saveSettings(patch)
      return { ok: true, path: choice, report: outcome.report, practice: { restored, unreadable } }
    },
  } satisfies Partial<JournalHandlers>
}

/** The chosen path, or null when cancelled. Attached to our window when it has focus, so it opens in front of it. */
async function askSavePath(deps: JournalDeps, options: SaveDialogOptions): Promise<string | null> {
  const parent = deps.dialogParent()
  const result = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

async function askOpenPath(deps: JournalDeps, options: OpenDialogOptions): Promise<string | null> {
  const parent = deps.dialogParent()
  const result = parent ? await deps.dialog.showOpenDialog(parent, options) : await deps.dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
