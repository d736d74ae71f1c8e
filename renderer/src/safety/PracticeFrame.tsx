import { useRef, useState, type ReactNode } from 'react'
import type { CheckIn as CheckInRecord, Settings } from '../../../electron/contract'
import { api } from '../api'
import { ScreenHeader } from '../app/ScreenHeader'
import { CheckIn } from '../check-in/CheckIn'
import type { CheckInMoment, CheckInValue } from '../../../electron/common/check-in'
import { useText } from '../i18n/use-text'
import { BackdraftNote } from './BackdraftNote'
import { OverwhelmedHelp } from './OverwhelmedHelp'
import { PracticeClosing } from './PracticeClosing'
import './practice.css'

type Stage = 'note' | 'before' | 'practice' | 'after' | 'closing'

export interface PracticeControls {
  /** True while the practice should hold still (the overwhelmed help is open over it). */
  paused: boolean
  /** The practice has run its course: on to the after check-in and the closing words. */
  finish: () => void
}

interface PracticeFrameProps {
  /** Which practice this is, for the local break history. */
  practice: CheckInRecord['practice']
  title: string
  settings: Settings
  /** The closing words of this practice. */
  closing: string
  /** Back to the start of the window. */
  onExit: () => void
  /** The usual doubts about self-compassion, linked from the note before the first practice. */
  onDoubts: () => void
  children: (controls: PracticeControls) => ReactNode
}

function firstStage(settings: Settings): Stage {
  if (!settings.firstRun.backdraftNoteSeen) return 'note'
  return settings.checkIn ? 'before' : 'practice'
}

/**
 * What every practice shares around its own content: the backdraft note the first time, the optional
 * check-ins before and after, the closing words, and a "Feeling overwhelmed?" way out at every step.
 */
export function PracticeFrame({ practice, title, settings, closing, onExit, onDoubts, children }: PracticeFrameProps) {
  const overwhelmedLinkText = useText().practices.safety.overwhelmed.link
  const [stage, setStage] = useState<Stage>(() => firstStage(settings))
  const [overwhelmed, setOverwhelmed] = useState(false)
  const [checkIns, setCheckIns] = useState<Partial<Record<CheckInMoment, CheckInValue>>>({})
  const overwhelmedLink = useRef<HTMLButtonElement>(null)

  const acknowledgeNote = () => {
    // If saving fails the note simply shows again next time, which does no harm.
    void api.updateSettings({ firstRun: { ...settings.firstRun, backdraftNoteSeen: true } })
    setStage(settings.checkIn ? 'before' : 'practice')
  }
  const answer = (moment: CheckInMoment, value: CheckInValue) => {
    setCheckIns((earlier) => ({ ...earlier, [moment]: value }))
    // Kept with the break history, on this computer only; a skipped check-in is kept as skipped (null).
    void api.recordCheckIn({ moment, value, practice })
    setStage(moment === 'before' ? 'practice' : 'closing')
  }
  const finish = () => {
    // A practice that ran its course completes the break it belongs to (if the timer started one).
    void api.practiceFinished({ completed: true })
    setStage(settings.checkIn ? 'after' : 'closing')
  }
  const returnFromHelp = () => {
    setOverwhelmed(false)
    // Back where the person left from, once the link is on the page again.
    requestAnimationFrame(() => overwhelmedLink.current?.focus())
  }

  return (
    <div className="screen practice-frame">
      <ScreenHeader title={title} onBack={onExit} />
      {overwhelmed && <OverwhelmedHelp onStop={onExit} onReturn={returnFromHelp} />}
      <div className="practice-stage" hidden={overwhelmed}>
        {stage === 'note' && <BackdraftNote onAcknowledge={acknowledgeNote} onDoubts={onDoubts} />}
        {stage === 'before' && <CheckIn moment="before" onAnswer={(value) => answer('before', value)} />}
        {stage === 'practice' && children({ paused: overwhelmed, finish })}
        {stage === 'after' && <CheckIn moment="after" earlier={checkIns.before} onAnswer={(value) => answer('after', value)} />}
        {stage === 'closing' && <PracticeClosing message={closing} onExit={onExit} />}
      </div>
      {!overwhelmed && stage !== 'closing' && (
        <button ref={overwhelmedLink} type="button" className="link-button overwhelmed-link" onClick={() => setOverwhelmed(true)}>
          {overwhelmedLinkText}
        </button>
      )}
    </div>
  )
}
