import fs from 'node:fs'
import path from 'node:path'
import Store from 'electron-store'
import { z } from 'zod'
import type { Notice } from '../core/notices'
import { defaultSettings, readSettings, settingsSchema, type Settings } from '../core/settings'
import { keepCopy, moveAside } from './set-aside'

export const settingsFileName = 'settings'

export interface SettingsStore {
  /** The settings in memory: reading them never touches the disk. */
  current(): Settings
  /** Writes the whole object atomically (electron-store writes a temporary file and renames it). */
  save(settings: Settings): void
  /** What the person must be told about how the file was read. */
  notices: Notice[]
}

// The store validates every write against the same schema the core uses (ajv behind electron-store). Parts
// JSON Schema cannot express (the phrase bank trims its phrases) are left open there: `save` parses with zod first.
const { properties: jsonSchema } = z.toJSONSchema(settingsSchema, { target: 'draft-7', unrepresentable: 'any' }) as {
  properties: Record<string, object>
}

function createStore(dir: string): Store<Settings> {
  return new Store<Settings>({
    cwd: dir,
    name: settingsFileName,
    defaults: defaultSettings,
    schema: jsonSchema as never,
    clearInvalidConfig: false,
    watch: false,
  })
}

/**
 * Opens settings under `dir`. A file that cannot be read is moved aside and the person is told; valid
 * fields of a file that is only partly wrong are kept. Never a silent reset.
 */
export function openSettingsStore(dir: string, now: number): SettingsStore {
  const file = path.join(dir, `${settingsFileName}.json`)
  const notices: Notice[] = []
  let store: Store<Settings>
  let raw: unknown
  try {
    store = createStore(dir)
    raw = store.store
  } catch {
    const text = readIfPresent(file)
    const movedTo = moveAside(file, now)
    store = createStore(dir)
    raw = parseJson(text)
    if (raw === undefined) notices.push({ id: `settings-unreadable-${now}`, kind: 'settings-unreadable', movedTo })
    else notices.push({ id: `settings-fields-${now}`, kind: 'settings-fields-replaced', fields: readSettings(raw).replacedFields, copyAt: movedTo })
  }
  const reading = readSettings(raw)
  let settings = reading.settings
  if (notices.length === 0 && reading.replacedFields.length > 0) {
    const copyAt = keepCopy(file, now)
    notices.push({ id: `settings-fields-${now}`, kind: 'settings-fields-replaced', fields: reading.replacedFields, copyAt })
  }
  if (JSON.stringify(raw) !== JSON.stringify(settings)) store.store = settings
  return {
    current: () => settings,
    save(next) {
      settings = settingsSchema.parse(next)
      store.store = settings
    },
    notices,
  }
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
