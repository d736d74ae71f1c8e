import { useId } from 'react'
import { checkInContent, checkInScale, type CheckInMoment, type CheckInValue } from '../content/check-in'
import { useLocale, useText } from '../i18n/use-text'
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
  const locale = useLocale()
  const text = useText().practice
  const questionId = useId()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const endLabel = (value: number) =>
    value === checkInScale.min ? checkInContent.minLabel[locale] : value === checkInScale.max ? checkInContent.maxLabel[locale] : undefined
  return (
    <section className="card check-in" aria-labelledby={`${questionId}-lead`}>
      <h2 id={`${questionId}-lead`} ref={heading} tabIndex={-1}>{checkInContent.lead[moment][locale]}</h2>
      <p id={questionId} className="check-in-question">{checkInContent.question[locale]}</p>
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
        <span>{checkInContent.minLabel[locale]}</span>
        <span>{checkInContent.maxLabel[locale]}</span>
      </div>
      <p className="hint">{checkInContent.note[locale]}</p>
      <button type="button" className="link-button" onClick={() => onAnswer(null)}>{checkInContent.skip[locale]}</button>
    </section>
  )
}
