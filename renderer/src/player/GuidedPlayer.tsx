import { useState } from 'react'
import type { Settings } from '../../../electron/contract'
import type { GuidedPracticeWords } from '../../../electron/common/catalog/guided-words'
import type { GuidedPractice } from '../content/guided/types'
import { GuidedSession } from './GuidedSession'
import { GuidedStart, type GuidedChoice } from './GuidedStart'
import type { Bell } from './use-bell'

interface GuidedPlayerProps {
  practice: GuidedPractice
  words: GuidedPracticeWords
  settings: Settings
  /** Held still from outside (the "Feeling overwhelmed?" help is open over it). */
  paused: boolean
  bell: Bell
  onFinish: () => void
}

/** One player for every guided practice: its length and anchor chosen first, then its steps. */
export function GuidedPlayer({ practice, words, settings, paused, bell, onFinish }: GuidedPlayerProps) {
  const [choice, setChoice] = useState<GuidedChoice | null>(null)
  if (choice === null) {
    return (
      <GuidedStart
        practice={practice}
        words={words}
        onBegin={(chosen) => {
          bell.prepare()
          bell.ring()
          setChoice(chosen)
        }}
      />
    )
  }
  const length = practice.lengths.find((candidate) => candidate.minutes === choice.minutes) ?? practice.lengths[0]
  return (
    <GuidedSession
      words={words}
      steps={length?.steps ?? []}
      anchor={choice.anchor}
      settings={settings}
      paused={paused}
      onFinish={() => {
        bell.ring()
        onFinish()
      }}
    />
  )
}
