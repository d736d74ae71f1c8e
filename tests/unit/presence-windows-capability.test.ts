// The Windows camera and microphone check, on `reg query … /s` listings of the ConsentStore. These
// listings are written to reg.exe's layout, not captured (tests/fixtures/presence/README.md).
import { describe, expect, it } from 'vitest'
import type { RunTool, ToolResult } from '../../electron/platform/presence/run-tool'
import {
  capabilityInUse, consentStoreKey, readCapabilityInUse, readConsentStore, type Capability,
} from '../../electron/platform/presence/windows-capability'
import { answered, failed, fixture, missingTool, timedOut } from '../fixtures/presence/load'

const OWN = 'Kindbreak'
const reg = (name: string): ToolResult => answered(fixture(`reg/${name}.txt`))

describe('readCapabilityInUse', () => {
  it.each([
    ['microphone', 'microphone-idle', false],
    ['microphone', 'microphone-teams', true],
    ['microphone', 'microphone-classic-teams', true],
    ['microphone', 'microphone-own', false],
    ['microphone', 'microphone-never-used', false],
    ['webcam', 'webcam-idle', false],
    ['webcam', 'webcam-in-use', true],
  ] as [Capability, string, boolean][])('%s, %s: in use is %s', (capability, name, inUse) => {
    expect(readCapabilityInUse(reg(name), capability, OWN)).toBe(inUse)
  })

  it('Kindbreak using the microphone counts when Kindbreak is not the app asking', () => {
    expect(readCapabilityInUse(reg('microphone-own'), 'microphone', '')).toBe(true)
    expect(readCapabilityInUse(reg('microphone-own'), 'microphone', 'kindbreak')).toBe(false)
  })

  it('LF line ends read the same as reg.exe\'s CRLF', () => {
    const lf = (name: string): ToolResult => answered(fixture(`reg/${name}.txt`).replaceAll('\r\n', '\n'))
    expect(fixture('reg/webcam-in-use.txt')).toContain('\r\n')
    expect(readCapabilityInUse(lf('webcam-in-use'), 'webcam', OWN)).toBe(true)
    expect(readCapabilityInUse(lf('webcam-idle'), 'webcam', OWN)).toBe(false)
  })

  it.each([
    ['reg is missing', missingTool],
    ['reg took too long', timedOut],
    ['the key does not exist (Windows before 1903)', failed(fixture('reg/missing-key.stderr.txt'))],
    ['an empty answer', answered('')],
    ['garbage', answered('The quick brown fox\r\n    jumps    REG_SZ    over\r\n')],
    ['a listing of another key', answered('\r\nHKEY_CURRENT_USER\\Environment\r\n    TEMP    REG_EXPAND_SZ    %USERPROFILE%\\AppData\\Local\\Temp\r\n\r\n')],
  ])('cannot tell when %s', (_name, output) => {
    expect(readCapabilityInUse(output, 'microphone', OWN)).toBeNull()
  })

  it('a listing of the other capability is not an answer for this one', () => {
    expect(readCapabilityInUse(reg('webcam-in-use'), 'microphone', OWN)).toBeNull()
  })
})

describe('readConsentStore', () => {
  it('one entry per app key, Store apps by package family, desktop apps by path', () => {
    expect(readConsentStore(fixture('reg/microphone-teams.txt'), 'microphone')).toEqual([
      { app: 'Microsoft.WindowsSoundRecorder_8wekyb3d8bbwe', packaged: true, start: 0x1dbcfc28b493f40n, stop: 0x1dbcfc2984008a0n },
      { app: 'MSTeams_8wekyb3d8bbwe', packaged: true, start: 0x1dbd45d40e66690n, stop: 0n },
      { app: 'C:\\Program Files\\Mozilla Firefox\\firefox.exe', packaged: false, start: 0x1dbd31f6f298300n, stop: 0x1dbd3c6fc834bd0n },
    ])
  })

  it('an app key without timestamps (asked, never used) reads as 0, 0', () => {
    expect(readConsentStore(fixture('reg/microphone-never-used.txt'), 'microphone')).toContainEqual(
      { app: 'MSTeams_8wekyb3d8bbwe', packaged: true, start: 0n, stop: 0n },
    )
  })

  it('reads the key whatever its case, and values whose data is empty', () => {
    const listing = [
      '', 'HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\MICROPHONE',
      '    Value    REG_SZ    Allow', '',
      'HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\MICROPHONE\\NonPackaged\\D:#Tools#rec.exe',
      '    (Default)    REG_SZ', '    LastUsedTimeStart    REG_QWORD    0x1', '    LastUsedTimeStop    REG_QWORD    0x0', '',
    ].join('\r\n')
    expect(readConsentStore(listing, 'microphone')).toEqual([{ app: 'D:\\Tools\\rec.exe', packaged: false, start: 1n, stop: 0n }])
  })

  it('a timestamp that is not a hex number reads as 0', () => {
    const root = consentStoreKey('webcam').replace('HKCU', 'HKEY_CURRENT_USER')
    const listing = `${root}\n\n${root}\\App_1\n    LastUsedTimeStart    REG_QWORD    soon\n    LastUsedTimeStop    REG_QWORD    0x0\n`
    expect(readConsentStore(listing, 'webcam')).toEqual([{ app: 'App_1', packaged: true, start: 0n, stop: 0n }])
    expect(readCapabilityInUse(answered(listing), 'webcam', OWN)).toBe(false)
  })
})

describe('capabilityInUse', () => {
  it('asks reg.exe for the capability\'s key and all below it, with a timeout under 2 s', async () => {
    const asked: [string, readonly string[], number][] = []
    const run: RunTool = async (command, args, timeoutMs) => {
      asked.push([command, args, timeoutMs])
      return reg('webcam-in-use')
    }
    expect(await capabilityInUse('webcam', OWN, run)).toBe(true)
    expect(asked).toEqual([[
      'reg', ['query', 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam', '/s'], expect.any(Number),
    ]])
    expect(asked[0]?.[2]).toBeLessThanOrEqual(2_000)
  })

  it('reg missing: cannot tell', async () => {
    expect(await capabilityInUse('microphone', OWN, async () => missingTool)).toBeNull()
  })
})
