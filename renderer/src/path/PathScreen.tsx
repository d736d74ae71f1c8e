import { useEffect, useRef } from 'react'
import type { ScreenProps } from '../app/screen-props'
import { ScreenHeader } from '../app/ScreenHeader'
import { useText } from '../i18n/use-text'
import { PathChoices } from './PathChoices'
import { PathOverview } from './PathOverview'
import { PathWeekView } from './PathWeekView'
import { usePath } from './use-path'
import './path.css'

/**
 * The gentle path: eight weeks to walk at the person's own pace. Before it, what it is and a way to start;
 * on it, the week and its practices; and always the choices, each moving only when the person presses it.
 */
export function PathScreen({ state, go, done }: ScreenProps) {
  const text = useText().path
  const { path, choose } = usePath(state.settings.path)
  const content = useRef<HTMLDivElement>(null)
  const shown = useRef(path)
  // After a choice the content changes under the keyboard: reading goes on from its top (the new week's
  // heading), and the button just pressed, now saying something else, cannot be pressed twice by accident.
  useEffect(() => {
    if (shown.current === path) return
    shown.current = path
    content.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus()
  }, [path])
  const onPath = path.status === 'on' || path.status === 'paused'
  const choices = <PathChoices path={path} onChoose={choose} />
  return (
    <div className="screen path">
      <ScreenHeader title={text.heading} onBack={done} />
      <div ref={content} className="path-content">
        {onPath ? <PathWeekView path={path} go={go} /> : <PathOverview path={path} choices={choices} />}
      </div>
      {onPath && choices}
    </div>
  )
}
