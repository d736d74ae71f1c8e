import { createContext, useContext, type ReactNode } from 'react'
import type { LifeFocus } from '../../../electron/common/life-focus'
import { focusWords, type FocusWords } from '../content/life-focus'
import { useText } from './use-text'

const LifeFocusContext = createContext<LifeFocus | null>(null)

/** The person's life focus, for every screen below: it only changes words, so it travels like the language. */
export function LifeFocusProvider({ focus, children }: { focus: LifeFocus | null; children: ReactNode }) {
  return <LifeFocusContext.Provider value={focus}>{children}</LifeFocusContext.Provider>
}

/** The examples and suggested phrases for the person's life focus, in their language (the usual ones without). */
export function useFocusWords(): FocusWords {
  return focusWords(useText(), useContext(LifeFocusContext))
}
