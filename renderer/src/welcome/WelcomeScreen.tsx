import { useEffect, useRef, useState } from 'react'
import type { ScreenProps } from '../app/screen-props'
import { useText } from '../i18n/use-text'
import { readableHotkey } from './readable-hotkey'
import './welcome.css'

const steps = ['what', 'reach', 'gentle'] as const

/**
 * Shown once, at the very first start (main marks it as seen): what Kindbreak does, how to reach it, and a
 * gentle note. Three short steps, each skippable, and nothing asked of the person.
 */
export function WelcomeScreen({ state, from, go, done }: ScreenProps) {
  const text = useText().welcome
  const doubts = useText().doubts
  // Back from the doubts page, which its last step links to, the welcome opens at that step again.
  const [at, setAt] = useState(from === 'doubts' ? steps.length - 1 : 0)
  const step = steps[at] ?? 'what'
  const headingRef = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)
  // Moving to the next step puts focus on its heading, so a screen reader reads the new step from the top.
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    headingRef.current?.focus()
  }, [at])

  const last = at === steps.length - 1
  return (
    <div className="screen welcome">
      <header className="screen-header">
        <h1>{text.heading}</h1>
        <p className="welcome-position">{text.position(at + 1, steps.length)}</p>
      </header>
      <section className="card welcome-step" aria-labelledby="welcome-step-heading">
        <h2 id="welcome-step-heading" ref={headingRef} tabIndex={-1}>
          {text[`${step}Heading`]}
        </h2>
        {step === 'what' && (
          <>
            <p>{text.what}</p>
            <p>{text.whatMore}</p>
          </>
        )}
        {step === 'reach' && (
          <>
            <p>{text.tray}</p>
            <p>
              {text.hotkey} <kbd className="hotkey" translate="no">{readableHotkey(state.settings.hotkey, /Mac/.test(navigator.userAgent))}</kbd>
            </p>
            <p className="hint">{text.hotkeyChange}</p>
          </>
        )}
        {step === 'gentle' && (
          <>
            <p>{text.backdraft}</p>
            <p>{text.privacy}</p>
            <button type="button" className="link-button" onClick={() => go('doubts')}>{doubts.link}</button>
          </>
        )}
      </section>
      <div className="welcome-actions">
        {last ? (
          <button type="button" className="button button-primary" onClick={done}>
            {text.begin}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => setAt(at + 1)}>
            {text.next}
          </button>
        )}
        {at > 0 && (
          <button type="button" className="button" onClick={() => setAt(at - 1)}>
            {text.back}
          </button>
        )}
      </div>
      <nav className="welcome-more" aria-label={text.heading}>
        {last ? (
          <button type="button" className="link-button" onClick={() => go('settings')}>
            {text.settings}
          </button>
        ) : (
          <button type="button" className="link-button" onClick={done}>
            {text.skip}
          </button>
        )}
      </nav>
    </div>
  )
}
