import { useId, useState, type FormEvent } from 'react'
import type { Anchor, GuidedPracticeWords } from '../../../electron/common/catalog/guided-words'
import type { GuidedPractice } from '../content/guided/types'
import { useText } from '../i18n/use-text'
import { useFocusOnMount } from '../safety/use-focus-on-mount'

/** What the person chose before beginning. */
export interface GuidedChoice {
  minutes: number
  anchor: Anchor | null
}

/** Before a guided practice: what it is, and (where there is a choice) how long and what to rest on. */
export function GuidedStart({ practice, words, onBegin }: { practice: GuidedPractice; words: GuidedPracticeWords; onBegin: (choice: GuidedChoice) => void }) {
  const text = useText()
  const lengthName = useId()
  const anchorName = useId()
  const intro = useFocusOnMount<HTMLParagraphElement>()
  const [minutes, setMinutes] = useState(practice.lengths[0]?.minutes ?? 0)
  const anchors = practice.anchors ?? []
  const [anchor, setAnchor] = useState<Anchor | null>(anchors[0] ?? null)
  const begin = (event: FormEvent) => {
    event.preventDefault()
    onBegin({ minutes, anchor })
  }
  return (
    <form className="card guided-start" onSubmit={begin}>
      <p ref={intro} tabIndex={-1} className="lede">{words.intro}</p>
      {practice.lengths.length > 1 ? (
        <fieldset className="choice-group">
          <legend>{text.player.lengthLegend}</legend>
          {practice.lengths.map((length) => (
            <label key={length.minutes} className="choice">
              <input type="radio" name={lengthName} checked={minutes === length.minutes} onChange={() => setMinutes(length.minutes)} />
              <span>{text.player.minutes(length.minutes)}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="hint">{text.player.minutes(minutes)}</p>
      )}
      {anchors.length > 1 && (
        <fieldset className="choice-group">
          <legend>{text.player.anchorLegend}</legend>
          {anchors.map((offered) => (
            <label key={offered} className="choice">
              <input type="radio" name={anchorName} checked={anchor === offered} onChange={() => setAnchor(offered)} />
              <span>{text.player.anchors[offered]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="hint">{text.player.keys}</p>
      <div className="practice-actions">
        <button type="submit" className="button button-primary">{text.player.begin}</button>
      </div>
    </form>
  )
}
