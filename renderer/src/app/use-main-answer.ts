import { useEffect, useState } from 'react'

/**
 * What main answers to `ask`, asked again whenever `version` changes. Null until it answers, or when it
 * cannot: the caller then simply leaves that part out. An answer that arrives after a newer question (or
 * after the screen went away) is dropped.
 */
export function useMainAnswer<T>(ask: () => Promise<T>, version: unknown): T | null {
  const [answer, setAnswer] = useState<T | null>(null)
  useEffect(() => {
    let current = true
    ask().then(
      (value) => current && setAnswer(value),
      () => current && setAnswer(null),
    )
    return () => {
      current = false
    }
    // `ask` is a call to main written inline; only `version` says when to ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version])
  return answer
}
