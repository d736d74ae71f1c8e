import { api } from '../api'
import type { ScreenProps } from '../app/screen-props'
import { useText } from '../i18n/use-text'
import './heads-up.css'

/**
 * The gentle warning before a timed break: it appears without taking focus, so the person can finish the
 * sentence they are typing, and offers the three choices the schedule allows.
 */
export function HeadsUpScreen({ state, done }: ScreenProps) {
  const text = useText().headsUp
  const { status, actions } = state.breaks
  const minutes = status.kind === 'heads-up' ? status.minutes : 1
  const act = (action: 'startNow' | 'snooze' | 'skip') => {
    void api.breakAction(action)
    if (action !== 'startNow') done()
  }
  return (
    <div className="screen heads-up">
      <header className="screen-header">
        <h1>{text.title(minutes)}</h1>
        <p className="lede">{text.body}</p>
      </header>
      <div className="heads-up-actions">
        {actions.startNow && (
          <button type="button" className="button button-primary" onClick={() => act('startNow')}>
            {text.startNow}
          </button>
        )}
        {actions.snooze && (
          <button type="button" className="button" onClick={() => act('snooze')}>
            {text.snooze(state.settings.schedule.snoozeMinutes)}
          </button>
        )}
        {actions.skip && (
          <button type="button" className="button" onClick={() => act('skip')}>
            {text.skip}
          </button>
        )}
      </div>
    </div>
  )
}
