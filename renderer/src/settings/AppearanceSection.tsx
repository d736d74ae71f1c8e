import type { Settings, SettingsPatch } from '../../../electron/contract'
import { catalogs } from '../../../electron/common/catalog'
import { locales } from '../../../electron/common/locale'
import { useText } from '../i18n/use-text'
import { ChoiceSetting } from './ChoiceSetting'

const themes = ['system', 'light', 'dark'] as const
const motions = ['system', 'reduced', 'full'] as const

interface Props {
  settings: Settings
  save: (patch: SettingsPatch) => void
}

/** How the window looks and moves, and which language everything speaks: all applied at once. */
export function AppearanceSection({ settings, save }: Props) {
  const text = useText().settings
  return (
    <section aria-labelledby="appearance-heading" className="card">
      <h2 id="appearance-heading" className="section-heading">{text.appearanceHeading}</h2>
      <ChoiceSetting
        legend={text.theme}
        choices={themes.map((value) => ({ value, label: text.themes[value] }))}
        value={settings.theme}
        onChange={(theme) => save({ theme })}
      />
      <ChoiceSetting
        legend={text.motion}
        choices={motions.map((value) => ({ value, label: text.motions[value] }))}
        value={settings.motion}
        onChange={(motion) => save({ motion })}
      />
      <ChoiceSetting
        legend={text.language}
        choices={[
          { value: 'system', label: text.languageSystem },
          // Each language is named in itself, so someone who cannot read the current one still finds their own.
          ...locales.map((locale) => ({ value: locale, label: catalogs[locale].app.languageName, lang: locale })),
        ]}
        value={settings.language}
        onChange={(language) => save({ language })}
      />
    </section>
  )
}
