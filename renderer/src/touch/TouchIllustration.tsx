import type { TouchCue } from '../content/touch'
import { touchIllustrations } from '../content/touch-illustrations'
import { useText } from '../i18n/use-text'

/** A cue's drawing, described in the person's language. */
export function TouchIllustration({ cue, className }: { cue: TouchCue; className?: string }) {
  const words = useText().practices.touch.cues[cue.id]
  const Drawing = touchIllustrations[cue.id]
  return <Drawing alt={words.alt} className={className} />
}
