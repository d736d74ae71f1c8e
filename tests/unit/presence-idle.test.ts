// Idle time and the screen lock over D-Bus: Mutter's IdleMonitor, the freedesktop ScreenSaver, GNOME's.
import { describe, expect, it } from 'vitest'
import type { Desktop } from '../../electron/core/desktop'
import {
  idleSeconds, readMutterIdletime, readScreenSaverActive, readScreenSaverIdleTime, screenLocked,
} from '../../electron/platform/presence/idle-linux'
import type { RunTool, ToolResult } from '../../electron/platform/presence/run-tool'
import { answered, failed, missingTool, timedOut } from '../fixtures/presence/load'

/**
 * Captured with LC_ALL=C from gdbus 2.74.6 (Debian 12), calling stand-in services (a few lines of Python
 * GIO) that have the methods' signatures: GetIdletime → t, GetSessionIdleTime → u, GetActive → b; and
 * with nobody owning the name, and without a session bus.
 */
const captured = {
  mutterIdle: '(uint64 754321,)\n',
  mutterJustNow: '(uint64 0,)\n',
  screenSaverIdle: '(uint32 42,)\n',
  active: '(true,)\n',
  inactive: '(false,)\n',
  noMutter: 'Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.gnome.Mutter.IdleMonitor was not provided by any .service files\n',
  noScreenSaver: 'Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.ScreenSaver was not provided by any .service files\n',
  noBus: 'Error connecting: Cannot autolaunch D-Bus without X11 $DISPLAY\n',
}

/** The answers that say nothing, for every parser. */
const cannotTell: [string, ToolResult][] = [
  ['gdbus is missing', missingTool],
  ['gdbus took too long', timedOut],
  ['nobody owns the name', failed(captured.noMutter)],
  ['there is no session bus', failed(captured.noBus)],
  ['an empty answer', answered('')],
  ['garbage', answered('idle for a while\n')],
]

describe('readMutterIdletime', () => {
  it('milliseconds since the last input', () => {
    expect(readMutterIdletime(answered(captured.mutterIdle))).toBe(754_321)
    expect(readMutterIdletime(answered(captured.mutterJustNow))).toBe(0)
  })

  it.each([
    ...cannotTell,
    ['a reply of another type', answered(captured.screenSaverIdle)],
    ['a number past 2^53', answered('(uint64 18446744073709551615,)\n')],
    ['a negative number', answered('(int64 -5,)\n')],
  ])('cannot tell when %s', (_name, output) => {
    expect(readMutterIdletime(output)).toBeNull()
  })
})

describe('readScreenSaverIdleTime', () => {
  it('seconds since the last input', () => {
    expect(readScreenSaverIdleTime(answered(captured.screenSaverIdle))).toBe(42)
  })

  it.each([...cannotTell, ['a reply of another type', answered(captured.mutterIdle)], ['a boolean', answered(captured.active)]])(
    'cannot tell when %s', (_name, output) => {
      expect(readScreenSaverIdleTime(output)).toBeNull()
    },
  )
})

describe('readScreenSaverActive', () => {
  it('active means locked (or blanked); inactive means not', () => {
    expect(readScreenSaverActive(answered(captured.active))).toBe(true)
    expect(readScreenSaverActive(answered(captured.inactive))).toBe(false)
  })

  it.each([...cannotTell, ['a number', answered(captured.screenSaverIdle)], ['a variant', answered('(<true>,)\n')]])(
    'cannot tell when %s', (_name, output) => {
      expect(readScreenSaverActive(output)).toBeNull()
    },
  )
})

/** A fake gdbus: answers per bus name and method; anything else is "nobody owns the name". */
function fakeGdbus(answers: Record<string, string>): RunTool & { asked: string[]; timeouts: number[] } {
  const asked: string[] = []
  const timeouts: number[] = []
  const run = async (command: string, args: readonly string[], timeoutMs: number): Promise<ToolResult> => {
    const method = args[args.indexOf('--method') + 1] ?? ''
    expect(command).toBe('gdbus')
    expect(args.slice(0, 3)).toEqual(['call', '--session', '--dest'])
    asked.push(method)
    timeouts.push(timeoutMs)
    const answer = answers[method]
    return answer === undefined ? failed(captured.noScreenSaver) : answered(answer)
  }
  return Object.assign(run, { asked, timeouts })
}

const linux = (desktop: Desktop['desktop']): Desktop => ({ platform: 'linux', session: 'wayland', desktop })
const MUTTER = 'org.gnome.Mutter.IdleMonitor.GetIdletime'
const SESSION_IDLE = 'org.freedesktop.ScreenSaver.GetSessionIdleTime'
const FDO_ACTIVE = 'org.freedesktop.ScreenSaver.GetActive'
const GNOME_ACTIVE = 'org.gnome.ScreenSaver.GetActive'

describe('idleSeconds', () => {
  it('GNOME: Mutter answers in milliseconds, given here in whole seconds', async () => {
    const run = fakeGdbus({ [MUTTER]: captured.mutterIdle })
    expect(await idleSeconds(linux('gnome'), run)).toBe(754)
    expect(run.asked).toEqual([MUTTER])
  })

  it('KDE: the freedesktop ScreenSaver first, in seconds', async () => {
    const run = fakeGdbus({ [SESSION_IDLE]: captured.screenSaverIdle, [MUTTER]: captured.mutterIdle })
    expect(await idleSeconds(linux('kde'), run)).toBe(42)
    expect(run.asked).toEqual([SESSION_IDLE])
  })

  it('falls back to the other service when the first cannot tell', async () => {
    expect(await idleSeconds(linux('other'), fakeGdbus({ [SESSION_IDLE]: captured.screenSaverIdle }))).toBe(42)
    expect(await idleSeconds(linux('kde'), fakeGdbus({ [MUTTER]: captured.mutterIdle }))).toBe(754)
  })

  it('neither answers: cannot tell, after two calls that together stay within 2 s', async () => {
    const run = fakeGdbus({})
    expect(await idleSeconds(linux('sway'), run)).toBeNull()
    expect(run.asked).toHaveLength(2)
    expect(run.timeouts.reduce((sum, timeout) => sum + timeout, 0)).toBeLessThanOrEqual(2_000)
  })

  it.each(['win32', 'darwin'] as const)('%s: null (powerMonitor answers there), and asks nothing', async (platform) => {
    const run = fakeGdbus({ [MUTTER]: captured.mutterIdle })
    expect(await idleSeconds({ platform, session: null, desktop: null }, run)).toBeNull()
    expect(run.asked).toEqual([])
  })
})

describe('screenLocked', () => {
  it('GNOME: GNOME Shell\'s org.gnome.ScreenSaver first', async () => {
    const run = fakeGdbus({ [GNOME_ACTIVE]: captured.active, [FDO_ACTIVE]: captured.inactive })
    expect(await screenLocked(linux('gnome'), run)).toBe(true)
    expect(run.asked).toEqual([GNOME_ACTIVE])
  })

  it('KDE and others: the freedesktop ScreenSaver first', async () => {
    const run = fakeGdbus({ [FDO_ACTIVE]: captured.inactive, [GNOME_ACTIVE]: captured.active })
    expect(await screenLocked(linux('kde'), run)).toBe(false)
    expect(run.asked).toEqual([FDO_ACTIVE])
  })

  it('falls back to the other service, and cannot tell when neither answers', async () => {
    expect(await screenLocked(linux('gnome'), fakeGdbus({ [FDO_ACTIVE]: captured.active }))).toBe(true)
    const run = fakeGdbus({})
    expect(await screenLocked(linux('other'), run)).toBeNull()
    expect(run.timeouts.reduce((sum, timeout) => sum + timeout, 0)).toBeLessThanOrEqual(2_000)
  })

  it.each(['win32', 'darwin'] as const)('%s: null, and asks nothing', async (platform) => {
    const run = fakeGdbus({ [FDO_ACTIVE]: captured.active })
    expect(await screenLocked({ platform, session: null, desktop: null }, run)).toBeNull()
    expect(run.asked).toEqual([])
  })
})
