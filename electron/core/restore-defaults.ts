import { defaultSettings, type Settings, type SettingsPatch } from './settings'

/**
 * What "Restore defaults" in Settings changes: every preference that screen shows. What the person made or
 * chose inside a practice (their phrases, favourite touches, breathing pattern), where they are on the path
 * and the notes they have already seen stay as they are: a reset of preferences should never cost anyone
 * their own words, nor the weeks they have walked.
 */
export function restoreDefaultsPatch(settings: Settings): SettingsPatch {
  const { schemaVersion: _version, ...defaults } = defaultSettings
  const { phrases, touch, breathing, path, firstRun } = settings
  return { ...defaults, phrases, touch, breathing, path, firstRun }
}
