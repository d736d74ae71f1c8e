import fs from 'node:fs'
import path from 'node:path'
import Store from 'electron-store'
import type { Notice } from '../core/notices'
import { defaultSettings, readSettings, settingsSchema, type Settings } from '../core/settings'
import { moveAside } from './set-aside'

export const settingsFileName = 'settings'

export interface SettingsStore {
  /** The settings in memory: reading them never touches the disk. */
  current(): Settings
  /** Writes the whole object atomically (electron-store writes a temporary file and renames it). */
  save(settings: Settings): void
  /** What the person must be told about how the file was read. */
  notices: Notice[]
}

/**
 * Every value the store is given has been through the core's zod schema (`readSettings` on opening, `parse`
 * in `save`), so electron-store gets no JSON Schema of its own: compiling one with ajv held main's thread
 * for 35–100 ms at every start, before the tray (a CPU profile of the start, docs/PERFORMANCE.md), to check
 * again what was just checked.
 */
function createStore(dir: string): Store<Settings> {
  return new Store<Settings>({
    cwd: dir,
    name: settingsFileName,
    defaults: defaultSettings,
    clearInvalidConfig: false,
    watch: false,
  })
}

/**
 * Opens settings under `dir`. A file that cannot be read is moved aside and the person is told; valid
 * fields of a file that is only partly wrong are kept. Never a silent reset.
 *
 * The file is read here, before electron-store opens it, because the store would merge its defaults in
 * (so an unversioned file would look current and skip its migration), would take JSON that holds no object
 * for an empty store, and refuses to open a file its schema rejects.
 */
export function openSettingsStore(dir: string, now: number): SettingsStore {
  const file = path.join(dir, `${settingsFileName}.json`)
  const notices: Notice[] = []
  const text = readIfPresent(file)
  const raw = parseJson(text)
  const unreadable = text !== undefined && !isJsonObject(raw)
  if (unreadable) notices.push({ id: `settings-unreadable-${now}`, kind: 'settings-unreadable', movedTo: moveAside(file, now) })
  const reading = readSettings(unreadable ? undefined : raw)
  // A file this version cannot take as it is (an older version, or fields it cannot use) is about to be
  // rewritten: the old one is kept beside it first. Fields merely missing just take their defaults.
  const unusable = [...reading.replacedFields, ...reading.ignoredFields]
  if (!unreadable && text !== undefined && (unusable.length > 0 || reading.migratedFrom !== null)) {
    const copyAt = moveAside(file, now, 'before-repair')
    if (unusable.length > 0) notices.push({ id: `settings-fields-${now}`, kind: 'settings-fields-replaced', fields: unusable, copyAt })
  }
  const store = createStore(dir)
  let settings = reading.settings
  if (JSON.stringify(store.store) !== JSON.stringify(settings)) store.store = settings
  return {
    current: () => settings,
    save(next) {
      settings = settingsSchema.parse(next)
      store.store = settings
    },
    notices,
  }
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readIfPresent(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
