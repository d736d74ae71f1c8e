import { pathLength, pathWeekOf, type PathState } from '../../../electron/common/path'
import { useText } from '../i18n/use-text'

/**
 * The way to the path: on it, where the person is ("Week 3 of 8: Your own phrases"); otherwise a quiet
 * invitation, never a reminder of weeks gone by.
 */
export function PathLink({ path, onOpen }: { path: PathState; onOpen: () => void }) {
  const text = useText().path
  const title = text.weeks[pathWeekOf(path).id].title
  const label =
    path.status === 'on' ? text.where(path.week, pathLength, title)
    : path.status === 'paused' ? text.wherePaused(path.week, pathLength, title)
    : text.link
  return (
    <button type="button" className="link-button path-link" onClick={onOpen}>
      {label}
    </button>
  )
}
