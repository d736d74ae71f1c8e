import { useId, useState, type ReactNode } from 'react'

/**
 * A section folded away behind its heading: the heading holds a button that says whether it is open
 * (the disclosure pattern), so the outline of the screen stays readable with everything closed.
 */
export function Fold({ title, className, children, onOpen }: { title: string; className?: string; children: ReactNode; onOpen?: () => void }) {
  const bodyId = useId()
  const [open, setOpen] = useState(false)
  const toggle = () => {
    if (!open) onOpen?.()
    setOpen(!open)
  }
  return (
    <section className={`card journal-fold ${className ?? ''}`}>
      <h2>
        <button type="button" className="journal-fold-toggle" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
          <span>{title}</span>
          <span className="journal-fold-mark" aria-hidden="true">{open ? '−' : '+'}</span>
        </button>
      </h2>
      <div id={bodyId} className="journal-fold-body" hidden={!open}>
        {children}
      </div>
    </section>
  )
}
