import { useState } from 'react'
import type { JournalExportRequest, JournalImportResult, PracticePart } from '../../../electron/contract'
import { api } from '../api'
import { useLocale, useText } from '../i18n/use-text'
import { wordFieldIssue, wordRefusal } from '../i18n/word-problem'
import { Fold } from './Fold'

type Message = { text: string; problem: boolean }

/**
 * Export (Markdown to read, JSON to back up, CSV for a spreadsheet) and import of a JSON backup, each
 * through the system's file dialog in main. A cancelled dialog says nothing; every outcome else is said.
 */
export function BackupSection({ onImported }: { onImported: () => void }) {
  const words = useText()
  const text = words.journal
  const locale = useLocale()
  const [message, setMessage] = useState<Message | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async (action: () => Promise<Message | null>) => {
    setBusy(true)
    setMessage(null)
    try {
      setMessage(await action())
    } catch (error) {
      setMessage({ text: text.failed(wordRefusal(error, words.problems)), problem: true })
    } finally {
      setBusy(false)
    }
  }

  const exportAs = (format: JournalExportRequest['format']) =>
    run(async () => {
      const result = await api.exportJournal({ format })
      return result.ok ? { text: text.exported(result.count, result.path), problem: false } : null
    })

  const importBackup = () =>
    run(async () => {
      const result = await api.importJournal()
      if (result.ok) onImported()
      return describeImport(result)
    })

  const describeImport = (result: JournalImportResult): Message | null => {
    if (!result.ok) return result.code === 'refused' ? { text: words.problems.backupRefusals[result.refusal], problem: true } : null
    const { added, updated, unchanged, rejected } = result.report
    const imported = [text.imported(added, updated, unchanged), ...practiceSaid(result.practice)].join(' ')
    if (rejected.length === 0) return { text: imported, problem: result.practice.unreadable.length > 0 }
    // Say which ones (their place in the file) and, for the first, why: enough to find and fix it.
    const positions = rejected.map((record) => record.index + 1).join(', ')
    const firstIssue = rejected[0]?.issues[0]
    const why = firstIssue ? wordFieldIssue(firstIssue, words) : ''
    return { text: `${imported} ${text.importRejected(rejected.length, positions)} ${why}`.trim(), problem: true }
  }

  /** What came back of the person's practice, and what of it could not be read, in a sentence each. */
  const practiceSaid = ({ restored, unreadable }: Extract<JournalImportResult, { ok: true }>['practice']): string[] => {
    const list = (parts: readonly PracticePart[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts.map((part) => text.practiceParts[part]))
    return [
      ...(restored.length > 0 ? [text.practiceRestored(list(restored))] : []),
      ...(unreadable.length > 0 ? [text.practiceUnreadable(list(unreadable))] : []),
    ]
  }

  return (
    <Fold title={text.backupHeading} className="backup">
      <p className="hint">{text.backupIntro}</p>
      <div className="backup-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('markdown')}>{text.exportMarkdown}</button>
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('json')}>{text.exportJson}</button>
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('csv')}>{text.exportCsv}</button>
        <button type="button" className="button" disabled={busy} onClick={() => void importBackup()}>{text.importJson}</button>
      </div>
      <p role="status" className={message?.problem ? 'field-error' : 'hint backup-message'}>{message?.text}</p>
    </Fold>
  )
}
