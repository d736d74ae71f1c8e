import './card-progress.css'

/** A thin line that fills as a card's time passes: there to glance at, never to hurry anyone. */
export function CardProgress({ fraction, label }: { fraction: number; label: string }) {
  const percent = Math.round(fraction * 100)
  return (
    <div className="card-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <div className="card-progress-fill" style={{ transform: `scaleX(${fraction})` }} />
    </div>
  )
}
