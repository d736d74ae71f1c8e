import { useState } from 'react'
import { choosePath, type PathChoice, type PathState } from '../../../electron/common/path'
import { api } from '../api'

/** Where the person is on the path, and their choices carried out: shown at once, kept by main in the settings. */
export function usePath(stored: PathState): { path: PathState; choose: (choice: PathChoice) => void } {
  const [path, setPath] = useState(stored)
  const choose = (choice: PathChoice) => {
    const next = choosePath(path, choice)
    setPath(next)
    void api.updateSettings({ path: next })
  }
  return { path, choose }
}
