import { useText } from '../i18n/use-text'

/** The top of every screen but home: a way back, then the screen's one heading. */
export function ScreenHeader({ title, onBack }: { title: string; onBack: () => void }) {
  const text = useText().app
  return (
    <header className="screen-header">
      <button type="button" className="back-button" onClick={onBack}>
        <span aria-hidden="true">←</span> {text.back}
      </button>
      <h1>{title}</h1>
    </header>
  )
}
