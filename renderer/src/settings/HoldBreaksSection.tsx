import type { Settings, SettingsPatch } from '../../../electron/contract'
import { api } from '../api'
import { useMainAnswer } from '../app/use-main-answer'
import { useText } from '../i18n/use-text'
import { ToggleSetting } from './ToggleSetting'

interface Props {
  holdBreaks: Settings['holdBreaks']
  save: (patch: SettingsPatch) => void
}

const holds = ['calls', 'doNotDisturb', 'fullscreen'] as const

/**
 * When a due break waits and comes right after: in a call, in Do Not Disturb, behind a fullscreen window.
 * Each choice says plainly when this computer cannot tell (asked once as Settings opens); then breaks come
 * as usual, whatever the choice.
 */
export function HoldBreaksSection({ holdBreaks, save }: Props) {
  const text = useText().settings.holds
  const support = useMainAnswer(() => api.getBreakHolds(), 'once')
  return (
    <section aria-labelledby="holds-heading" className="card">
      <h2 id="holds-heading" className="section-heading">{text.heading}</h2>
      <p className="hint field">{text.intro}</p>
      {holds.map((hold) => (
        <ToggleSetting
          key={hold}
          label={text[hold]}
          hint={support && !support[hold] ? text.cannotTell : undefined}
          checked={holdBreaks[hold]}
          onChange={(on) => save({ holdBreaks: { ...holdBreaks, [hold]: on } })}
        />
      ))}
      {support && !support.away && <p className="hint field">{text.awayCannotTell}</p>}
    </section>
  )
}
