/**
 * The settings feature: read from memory, saved atomically, and each change offered to every feature
 * (applySettings before the save, settingsChanged after), so nothing hand-calls anything.
 */
import { restoreDefaultsPatch } from '../core/restore-defaults'
import { applySettingsPatch, type Settings, type SettingsPatch } from '../core/settings'
import { openSettingsStore } from '../platform/settings-store'
import type { Feature } from './feature'

export interface SettingsFeature extends Feature {
  current(): Settings
  update(patch: SettingsPatch): Settings
  /** What opening the file found (a damaged file set aside), for the notices. */
  openingNotices: ReturnType<typeof openSettingsStore>['notices']
}

export function openSettings(userData: string, now: number, others: () => readonly Feature[], onSaved: () => void): SettingsFeature {
  const store = openSettingsStore(userData, now)
  const update = (patch: SettingsPatch): Settings => {
    const previous = store.current()
    const next = applySettingsPatch(previous, patch)
    for (const feature of others()) feature.applySettings?.(next, previous)
    store.save(next)
    for (const feature of others()) feature.settingsChanged?.(next, previous)
    onSaved()
    return next
  }
  return {
    current: () => store.current(),
    update,
    openingNotices: store.notices,
    handlers: {
      updateSettings: update,
      restoreDefaultSettings: () => update(restoreDefaultsPatch(store.current())),
    },
  }
}
