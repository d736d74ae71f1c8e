import { useId, useState, type FormEvent } from 'react'
import { difficultyMaxLength } from '../content/compassion-break'
import { useFocusWords } from '../i18n/use-focus-words'
import { useText } from '../i18n/use-text'
import { useFocusOnMount } from '../safety/use-focus-on-mount'

/** The optional first line: a word for what is hard, which the cards then carry. */
export function DifficultyStart({ initial, onBegin }: { initial: string; onBegin: (difficulty: string) => void }) {
  const text = useText().compassionBreak
  const question = useText().practices.compassionBreak.difficultyQuestion
  // The example fits the person's life focus, if they chose one.
  const example = useFocusWords().examples.difficulty
  const inputId = useId()
  const [difficulty, setDifficulty] = useState(initial)
  const input = useFocusOnMount<HTMLInputElement>()
  const begin = (event: FormEvent) => {
    event.preventDefault()
    onBegin(difficulty)
  }
  return (
    <form className="card break-start" onSubmit={begin}>
      <p>{text.intro}</p>
      <div className="field">
        <label htmlFor={inputId}>{question.prompt}</label>
        <input
          id={inputId}
          ref={input}
          value={difficulty}
          maxLength={difficultyMaxLength}
          placeholder={example}
          autoComplete="off"
          onChange={(event) => setDifficulty(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary">{text.begin}</button>
    </form>
  )
}
