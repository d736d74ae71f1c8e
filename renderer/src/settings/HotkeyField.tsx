import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useText } from '../i18n/use-text'
import { captureKeys } from './accelerator-from-key'

type Feedback =
  | { kind: 'none' }
  | { kind: 'holding'; keys: string }
  | { kind: 'refused'; reason: 'no-modifier' | 'unknown-key' }
  | { kind: 'cancelled' }
  | { kind: 'saved'; hotkey: string }
  | { kind: 'not-registered'; hotkey: string; previous: string }

interface Props {
  hotkey: string
  /** 'waiting': the desktop has the request but no press has shown it works yet (Wayland's portal). */
  status: 'works' | 'waiting' | 'unavailable'
  /** Resolves false when main could not register it; the previous hotkey then stays. */
  save: (hotkey: string) => Promise<boolean>
}

const onMac = /Mac/.test(navigator.userAgent)

// An updater, not a check of the rendered value: the last key-up can arrive after the save has answered
// but before React has rendered that answer, and must not wipe it.
const withoutHolding = (feedback: Feedback): Feedback => (feedback.kind === 'holding' ? { kind: 'none' } : feedback)

/**
 * The hotkey is pressed, not typed: focusing the field starts listening, the combination is shown in
 * Electron's syntax, Esc cancels, and Tab still moves on so the field never traps the keyboard.
 */
export function HotkeyField({ hotkey, status, save }: Props) {
  const text = useText().settings
  const id = useId()
  const [listening, setListeningState] = useState(false)
  // Keys can arrive faster than React re-renders (a quick hand, or a shortcut right after focusing):
  // the key handler reads this ref, which changes at once, not the last render's state.
  const listeningNow = useRef(false)
  const setListening = (value: boolean) => {
    listeningNow.current = value
    setListeningState(value)
  }
  const [feedback, setFeedback] = useState<Feedback>({ kind: 'none' })

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    const plain = !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey
    if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) return
    if (!listeningNow.current) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault()
        setListening(true)
        setFeedback({ kind: 'none' })
      }
      // Anything else, Esc included, keeps its usual meaning.
      return
    }
    event.preventDefault()
    if (event.key === 'Escape' && plain) {
      setListening(false)
      setFeedback({ kind: 'cancelled' })
      return
    }
    const captured = captureKeys(event, onMac)
    if (captured.kind === 'holding') {
      setFeedback({ kind: 'holding', keys: captured.modifiers.join('+') })
      return
    }
    if (captured.kind === 'refused') {
      setFeedback({ kind: 'refused', reason: captured.reason })
      return
    }
    setListening(false)
    const chosen = captured.accelerator
    const saved = chosen === hotkey || (await save(chosen))
    setFeedback(saved ? { kind: 'saved', hotkey: chosen } : { kind: 'not-registered', hotkey: chosen, previous: hotkey })
  }

  const problem = feedback.kind === 'refused' || feedback.kind === 'not-registered'
  const message = (() => {
    switch (feedback.kind) {
      case 'holding':
        return text.hotkeyHolding(feedback.keys)
      case 'refused':
        return text.hotkeyProblems[feedback.reason]
      case 'cancelled':
        return text.hotkeyCancelled
      case 'saved':
        return status === 'waiting' ? text.hotkeyWaiting(feedback.hotkey) : text.hotkeySaved(feedback.hotkey)
      case 'not-registered':
        return text.hotkeyRefused(feedback.hotkey, feedback.previous)
      case 'none':
        if (listening) return text.hotkeyListening
        return status === 'waiting' ? text.hotkeyWaiting(hotkey) : text.hotkeyHint
    }
  })()

  return (
    <div className="field">
      <label htmlFor={id}>{text.hotkey}</label>
      <input
        id={id}
        className="hotkey-input"
        readOnly
        value={hotkey}
        data-listening={listening}
        aria-invalid={problem}
        aria-describedby={`${id}-message`}
        onFocus={() => {
          setListening(true)
          setFeedback({ kind: 'none' })
        }}
        onBlur={() => {
          setListening(false)
          setFeedback(withoutHolding)
        }}
        onKeyDown={(event) => void onKeyDown(event)}
        onKeyUp={(event) => {
          const stillHolding = event.ctrlKey || event.altKey || event.metaKey || event.shiftKey
          if (!stillHolding) setFeedback(withoutHolding)
        }}
      />
      <p id={`${id}-message`} className={problem ? 'field-error' : 'hint'} aria-live="polite">
        {message}
      </p>
    </div>
  )
}
