import { runTool, type RunTool, type ToolResult } from './run-tool'

/**
 * Whether another app uses the camera or the microphone, on Windows 10 1903 and later, from the registry
 * the privacy settings read (the same record behind the taskbar's "in use" icon). Under
 * HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\<capability>, each
 * Store app has a key named for its package family (`MSTeams_8wekyb3d8bbwe`), and each desktop app a key
 * under `NonPackaged` named for its executable's path with `#` for `\` (`C:#Program Files#…#Zoom.exe`).
 * An app key holds REG_QWORD FILETIMEs `LastUsedTimeStart` and `LastUsedTimeStop`; while the app uses
 * the device, Start is set and Stop is 0.
 */
export type Capability = 'webcam' | 'microphone'

export const consentStoreKey = (capability: Capability): string =>
  `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\${capability}`

/** reg.exe answers in well under a second; two run side by side, inside the 2 s a check may take. */
const REG_TIMEOUT_MS = 1_500

export async function capabilityInUse(capability: Capability, ownAppName: string, run: RunTool = runTool): Promise<boolean | null> {
  return readCapabilityInUse(await run('reg', ['query', consentStoreKey(capability), '/s'], REG_TIMEOUT_MS), capability, ownAppName)
}

export interface ConsentEntry {
  /** The package family name, or the executable's path for a desktop app. */
  app: string
  packaged: boolean
  start: bigint
  stop: bigint
}

/**
 * null: no answer, or not a listing of that key. reg.exe fails with "ERROR: The system was unable to find
 * the specified registry key or value." where the key does not exist (Windows before 1903).
 */
export function readCapabilityInUse(output: ToolResult, capability: Capability, ownAppName: string): boolean | null {
  if (!output.ok) return null
  const entries = readConsentStore(output.stdout, capability)
  if (entries === null) return null
  return entries.some((entry) => entry.start !== 0n && entry.stop === 0n && !isOwnApp(entry, ownAppName))
}

const KEY_LINE = /^HKEY_[A-Z_]+\\/i
/** reg.exe prints a value as four spaces, its name, four spaces, its type, four spaces, its data. */
const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/

/**
 * The app keys of one capability's listing (`reg query <key> /s`), with their two timestamps (0 when a
 * value is missing); null when the listing does not include the capability's own key.
 */
export function readConsentStore(stdout: string, capability: Capability): ConsentEntry[] | null {
  const root = `\\consentstore\\${capability}`
  const values = new Map<string, Map<string, string>>()
  let current: Map<string, string> | null = null
  for (const line of stdout.split(/\r?\n/)) {
    if (KEY_LINE.test(line)) {
      const at = line.toLowerCase().indexOf(root)
      current = at === -1 ? null : new Map()
      if (current) values.set(line.slice(at + root.length).replace(/^\\/, '').trimEnd(), current)
      continue
    }
    const value = VALUE_LINE.exec(line)
    if (value && current) current.set((value[1] ?? '').toLowerCase(), (value[3] ?? '').trim())
  }
  if (!values.has('')) return null
  return [...values].flatMap(([relative, named]) => appEntry(relative, named))
}

function appEntry(relative: string, named: ReadonlyMap<string, string>): ConsentEntry[] {
  // The capability's own key and the NonPackaged key hold settings, not an app.
  if (relative === '' || relative.toLowerCase() === 'nonpackaged') return []
  const nonPackaged = /^nonpackaged\\/i.exec(relative)
  const app = nonPackaged ? relative.slice(nonPackaged[0].length).replaceAll('#', '\\') : relative
  return [{ app, packaged: !nonPackaged, start: qword(named.get('lastusedtimestart')), stop: qword(named.get('lastusedtimestop')) }]
}

const qword = (data: string | undefined): bigint => (data && /^0x[0-9a-f]+$/i.test(data) ? BigInt(data) : 0n)

/**
 * Kindbreak itself (it denies every permission request, so this is a guard): a desktop app whose
 * executable is `<ownAppName>.exe`, or a Store package whose family name starts `<ownAppName>_`.
 */
function isOwnApp(entry: ConsentEntry, ownAppName: string): boolean {
  const own = ownAppName.trim().toLowerCase()
  if (own === '') return false
  const app = entry.app.toLowerCase()
  return entry.packaged ? app.startsWith(`${own}_`) : (app.split('\\').pop() ?? '') === `${own}.exe`
}
