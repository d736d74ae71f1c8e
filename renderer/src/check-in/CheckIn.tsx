import { useId } from 'react'
import { checkInScale, type CheckInMoment, type CheckInValue } from '../../../electron/common/check-in'
import { useText } from '../i18n/use-text'
import { useFocusOnMount } from '../safety/use-focus-on-mount'
import './check-in.css'

const scale = Array.from({ length: checkInScale.max - checkInScale.min + 1 }, (_, at) => checkInScale.min + at)

interface CheckInProps {
  moment: CheckInMoment
  /** The answer before the practice, shown after it so the person can compare for themself. */
  earlier?: CheckInValue
  /** A number on the scale, or null when skipped. */
  onAnswer: (value: CheckInValue) => void
}

/** One tap from harsh to kind, or Skip: the person's own measure, never a score. */
export function CheckIn({ moment, earlier, onAnswer }: CheckInProps) {
  const text = useText().practice
  const words = useText().practices.checkIn
  const questionId = useId()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const endLabel = (value: number) =>
    value === checkInScale.min ? words.minLabel : value === checkInScale.max ? words.maxLabel : undefined
  return (
    <section className="card check-in" aria-labelledby={`${questionId}-lead`}>
      <h2 id={`${questionId}-lead`} ref={heading} tabIndex={-1}>{words.lead[moment]}</h2>
      <p id={questionId} className="check-in-question">{words.question}</p>
      {typeof earlier === 'number' && <p className="hint">{text.checkInEarlier(earlier)}</p>}
      <div className="check-in-scale" role="group" aria-labelledby={questionId}>
        {scale.map((value) => {
          const label = endLabel(value)
          return (
            <button
              key={value}
              type="button"
              className="check-in-value"
              aria-label={label ? `${value}, ${label}` : undefined}
              onClick={() => onAnswer(value)}
            >
              {value}
            </button>
          )
        })}
      </div>
      <div className="check-in-ends" aria-hidden="true">
        <span>{words.minLabel}</span>
        <span>{words.maxLabel}</span>
      </div>
      <p className="hint">{words.note}</p>
      <button type="button" className="link-button" onClick={() => onAnswer(null)}>{words.skip}</button>
    </section>
  )
}
