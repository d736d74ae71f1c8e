import { pathChoices, pathLength, type PathChoice, type PathState } from '../../../electron/common/path'
import type { Catalog } from '../../../electron/common/catalog'
import { useText } from '../i18n/use-text'

/** What each choice says where the person is now: "Go on to week 4", "Rejoin at week 3"… */
function choiceLabel(text: Catalog['path'], path: PathState, choice: PathChoice): string {
  switch (choice) {
    case 'next':
      return path.week >= pathLength ? text.finish : text.next(path.week + 1)
    case 'back':
      return text.back(path.week - 1)
    case 'pause':
      return text.pause
    case 'leave':
      return text.leave
    case 'continue':
      return path.status === 'left' ? text.rejoin(path.week) : text.resume(path.week)
    case 'start':
      return path.status === 'not-started' ? text.start : text.startAgain
  }
}

/** The choices the person has here, the likely one first and most visible; each moves only when pressed. */
export function PathChoices({ path, onChoose }: { path: PathState; onChoose: (choice: PathChoice) => void }) {
  const text = useText().path
  return (
    <div role="group" aria-label={text.choicesHeading} className="path-choices">
      {pathChoices(path).map((choice, at) => (
        <button key={choice} type="button" className={at === 0 ? 'button button-primary' : 'button'} onClick={() => onChoose(choice)}>
          {choiceLabel(text, path, choice)}
        </button>
      ))}
    </div>
  )
}
