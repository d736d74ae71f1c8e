import type { SettingsPatch } from '../../../electron/contract'
import { lifeFocuses, type LifeFocus } from '../../../electron/common/life-focus'
import { useText } from '../i18n/use-text'
import { ChoiceSetting } from './ChoiceSetting'

/** "None" stands for no focus (null), which is also how the setting starts. */
const choices = ['none', ...lifeFocuses] as const

interface Props {
  lifeFocus: LifeFocus | null
  save: (patch: SettingsPatch) => void
}

/**
 * The optional life focus: chosen here only, never asked at the first start, and cleared with "None". It only
 * changes the examples and the suggested phrases the practices offer.
 */
export function LifeFocusSection({ lifeFocus, save }: Props) {
  const text = useText().lifeFocus
  return (
    <section id="life-focus" aria-labelledby="life-focus-heading" className="card">
      <h2 id="life-focus-heading" className="section-heading">{text.heading}</h2>
      <ChoiceSetting
        legend={text.legend}
        hint={text.intro}
        choices={choices.map((value) => ({ value, label: value === 'none' ? text.none : text.focuses[value].label }))}
        value={lifeFocus ?? 'none'}
        onChange={(value) => save({ lifeFocus: value === 'none' ? null : value })}
      />
    </section>
  )
}
