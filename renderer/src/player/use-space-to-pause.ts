import { useEffect, useRef } from 'react'

/** Controls that Space already means something on: typing, pressing a button, choosing an option. */
const spaceHasAMeaning = 'input, textarea, select, button, a, [contenteditable="true"], [role="button"], [role="radio"]'

/**
 * Space pauses and resumes the practice from anywhere on the page, except where Space already does
 * something (a button presses, a field types a space): there it keeps its usual meaning.
 */
export function useSpaceToPause(toggle: () => void): void {
  const latest = useRef(toggle)
  useEffect(() => {
    latest.current = toggle
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== ' ' || event.repeat || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      if (event.target instanceof Element && event.target.closest(spaceHasAMeaning)) return
      event.preventDefault()
      latest.current()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
