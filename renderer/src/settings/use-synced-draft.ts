import { useState } from 'react'

/**
 * Local state that starts from a saved value and follows it when it changes elsewhere (a restore, main's
 * answer), while still letting a field show what the person is typing or just chose. `same` decides what
 * counts as a change: state pushes bring fresh objects, so groups compare by content.
 */
export function useSyncedDraft<T>(saved: T, same: (a: T, b: T) => boolean = Object.is): [T, (next: T) => void] {
  const [draft, setDraft] = useState(saved)
  const [lastSaved, setLastSaved] = useState(saved)
  // Adjusting state during render (React's documented pattern) avoids a frame showing the stale draft.
  if (!same(saved, lastSaved)) {
    setLastSaved(saved)
    setDraft(saved)
  }
  return [draft, setDraft]
}
