import { useEffect, useRef } from 'react'

/**
 * Moves focus to an element when it first appears, so someone using the keyboard or a screen reader
 * starts a new step of a practice where its content starts. Give the element tabIndex={-1}.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return ref
}
