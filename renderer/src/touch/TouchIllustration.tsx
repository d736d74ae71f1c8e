import type { TouchCue } from '../content/touch'
import { touchIllustrations } from '../content/touch-illustrations'
import { useLocale } from '../i18n/use-text'

/** A cue's drawing, described in the person's language. */
export function TouchIllustration({ cue, className }: { cue: TouchCue; className?: string }) {
  const locale = useLocale()
  const Drawing = touchIllustrations[cue.id]
  return <Drawing alt={cue.alt[locale]} className={className} />
}
