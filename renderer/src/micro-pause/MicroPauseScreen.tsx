import { useState } from 'react'
import type { ScreenProps } from '../app/screen-props'
import { useText } from '../i18n/use-text'
import './micro-pause.css'

/** Each micro-pause brings the next line, minute by minute, so the lines take turns. */
function lineFor(lines: readonly string[], at: number): string {
  return lines[Math.floor(at / 60_000) % lines.length] ?? ''
}

/**
 * A micro-pause: one kind line, shown without taking focus, that main puts away after twenty seconds.
 * Nothing to press; the window can be closed as ever.
 */
export function MicroPauseScreen(_props: ScreenProps) {
  const text = useText()
  // Chosen once as the screen opens, so a state push while it shows does not change the line.
  const [line] = useState(() => lineFor(text.shared.microPauses, Date.now()))
  return (
    <div className="screen micro-pause">
      <h1 className="visually-hidden">{text.microPause.heading}</h1>
      <p className="micro-pause-line">{line}</p>
      <p className="hint">{text.microPause.closesItself}</p>
    </div>
  )
}
