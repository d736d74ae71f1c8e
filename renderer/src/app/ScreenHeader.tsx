import { useText } from '../i18n/use-text'

/** The top of every screen but home: a way back (to the start, unless `backLabel` names another place), then the screen's one heading. */
export function ScreenHeader({ title, onBack, backLabel }: { title: string; onBack: () => void; backLabel?: string }) {
  const text = useText().app
  return (
    <header className="screen-header">
      <button type="button" className="back-button" onClick={onBack}>
        <span aria-hidden="true">←</span> {backLabel ?? text.back}
      </button>
      <h1>{title}</h1>
    </header>
  )
}
