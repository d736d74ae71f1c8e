import { useState } from 'react'
import type { Notice } from '../../../electron/contract'
import { api } from '../api'
import { useText } from '../i18n/use-text'
import type { Catalog } from '../../../electron/common/catalog'
import { readableHotkey } from '../welcome/readable-hotkey'

function describe(notice: Notice, text: Catalog['notices']): string {
  switch (notice.kind) {
    case 'settings-unreadable':
      return text.settingsUnreadable(notice.movedTo)
    case 'settings-fields-replaced':
      return text.settingsFieldsReplaced(notice.fields.join(', '), notice.copyAt)
    case 'hotkey-unavailable':
      return text.hotkeyUnavailable(notice.hotkey)
    case 'no-tray-icon':
      return text.noTrayIcon(notice.hotkey ? readableHotkey(notice.hotkey, /Mac/.test(navigator.userAgent)) : null)
    case 'file-set-aside':
      return text.fileSetAside(notice.movedTo)
    case 'journal-problem':
      return describeJournalProblem(notice, text)
  }
}

function describeJournalProblem(notice: Extract<Notice, { kind: 'journal-problem' }>, text: Catalog['notices']): string {
  const movedTo = notice.movedTo ?? ''
  switch (notice.problem) {
    case 'torn-tail':
      return text.journalTornTail(movedTo)
    case 'corrupt-records':
      return text.journalCorrupt(notice.count, movedTo)
    case 'locked-records':
      return text.journalLocked(notice.count)
    case 'newer-records':
      return text.journalNewer(notice.count)
  }
}

/** Calm, dismissible messages about what Kindbreak had to do on its own (a file set aside, a hotkey taken). */
export function NoticeList({ notices }: { notices: Notice[] }) {
  const text = useText().notices
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const visible = notices.filter((notice) => !dismissed.has(notice.id))
  if (visible.length === 0) return null
  return (
    <section className="notices" aria-label={text.heading}>
      {visible.map((notice) => (
        <div key={notice.id} className="notice" role="status">
          <p>{describe(notice, text)}</p>
          <button
            type="button"
            className="notice-dismiss"
            aria-label={text.dismiss}
            onClick={() => {
              setDismissed(new Set([...dismissed, notice.id]))
              void api.dismissNotice(notice.id)
            }}
          >
            ×
          </button>
        </div>
      ))}
    </section>
  )
}
