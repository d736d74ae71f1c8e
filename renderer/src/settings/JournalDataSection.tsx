import { useState } from 'react'
import type { JournalStatus, Screen, Settings } from '../../../electron/contract'
import { api } from '../api'
import { useText } from '../i18n/use-text'
import { wordRefusal } from '../i18n/word-problem'
import { ToggleSetting } from './ToggleSetting'
import { useJournalStatus } from './use-journal-status'

interface Props {
  journal: Settings['journal']
  save: (journal: Settings['journal']) => void
  go: (screen: Screen) => void
}

/** Whether the journal is encrypted, and the way to the files themselves: nothing about them is hidden. */
export function JournalDataSection({ journal, save, go }: Props) {
  const text = useText().settings
  const problems = useText().problems
  const status = useJournalStatus(journal.encrypt)
  const [folderProblem, setFolderProblem] = useState<string | null>(null)
  return (
    <section aria-labelledby="journal-heading" className="card">
      <h2 id="journal-heading" className="section-heading">{text.journalHeading}</h2>
      <ToggleSetting label={text.encrypt} hint={text.encryptHint} checked={journal.encrypt} onChange={(encrypt) => save({ ...journal, encrypt })} />
      {status && <StatusLine status={status} />}
      <p className="privacy-line">{text.privacy}</p>
      <div className="field">
        <button
          type="button"
          className="button"
          aria-describedby="data-folder-hint"
          onClick={() => {
            setFolderProblem(null)
            api.openDataFolder().catch((error: unknown) => setFolderProblem(wordRefusal(error, problems)))
          }}
        >
          {text.openDataFolder}
        </button>
        <p id="data-folder-hint" className="hint">{text.dataFolderHint}</p>
        {folderProblem && <p className="field-error" role="alert">{folderProblem}</p>}
      </div>
      <button type="button" className="link-button" onClick={() => go('journal')}>
        {text.exportJournal}
      </button>
    </section>
  )
}

/** Said in words, never by colour alone. */
function StatusLine({ status }: { status: JournalStatus }) {
  const text = useText().settings.journalStatus
  const sentence = !status.encryptionAvailable
    ? text.unavailable
    : status.protected
      ? text.protected(status.entryCount)
      : text.notProtected(status.entryCount)
  return (
    <p className="journal-status" data-protected={status.protected}>
      {sentence} {status.encryptionAvailable && text.keyring(status.backend)}
    </p>
  )
}
