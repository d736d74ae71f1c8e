// The presence port: how the checks combine into "in a call", which checks each platform has, and the
// guard that keeps every answer within 2 s and free of rejections.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readDesktop, type Desktop } from '../../electron/core/desktop'
import type { ProcPort } from '../../electron/platform/presence/camera-linux'
import { anyInUse, createPresence, type RunTool, type ToolResult } from '../../electron/platform/presence/index'
import { answered, fixture, missingTool } from '../fixtures/presence/load'

const OWN = 'Kindbreak'
type Answer = boolean | null
const answers: Answer[] = [true, false, null]

describe('anyInUse', () => {
  it.each([
    [true, true, true], [true, false, true], [true, null, true],
    [false, true, true], [false, false, false], [false, null, false],
    [null, true, true], [null, false, false], [null, null, null],
  ] as [Answer, Answer, Answer][])('%s and %s: %s', (first, second, combined) => {
    expect(anyInUse([first, second])).toBe(combined)
  })

  it('any number of answers: true if any is true, null only if all are null, false otherwise', () => {
    for (const a of answers) {
      expect(anyInUse([a])).toBe(a)
      for (const b of answers) {
        for (const c of answers) {
          const all = [a, b, c]
          const expected = all.includes(true) ? true : all.every((x) => x === null) ? null : false
          expect(anyInUse(all)).toBe(expected)
        }
      }
    }
    expect(anyInUse([])).toBeNull()
  })
})

const linuxGnome: Desktop = { platform: 'linux', session: 'wayland', desktop: 'gnome' }
const windows: Desktop = { platform: 'win32', session: null, desktop: null }
const mac: Desktop = { platform: 'darwin', session: null, desktop: null }

/** A fake runner over command lines; it records them, and anything unknown is a missing tool. */
function fakeRun(table: Record<string, ToolResult>): RunTool & { asked: string[] } {
  const asked: string[] = []
  const run = async (command: string, args: readonly string[]): Promise<ToolResult> => {
    const line = [command, ...args].join(' ')
    asked.push(line)
    return table[line] ?? missingTool
  }
  return Object.assign(run, { asked })
}

/** The microphone as pactl reports it: a Zoom call, nobody, or no pactl (nor pw-dump) at all. */
const microphone = (answer: Answer): Record<string, ToolResult> => answer === null ? {} : {
  'pactl list source-outputs': answered(fixture(`pactl-pipewire/${answer ? 'zoom' : 'none'}.txt`)),
  'pactl list sources': answered(fixture('pactl-pipewire/sources.txt')),
}

/** The camera as /proc shows it: held by pid 10, a camera nobody holds, or /proc unreadable. */
const camera = (answer: Answer): ProcPort => ({
  videoDevices: async () => ['/dev/video0'],
  pids: async () => (answer === null ? null : [10, 11]),
  fdsOf: async (pid) => (answer && pid === 10 ? ['/dev/video0'] : ['/dev/null']),
})

const consentStore = (capability: string): string =>
  `reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\${capability} /s`

/** Webcam or microphone as the registry reports it: in use, idle, or no reg.exe. */
const registry = (capability: 'webcam' | 'microphone', answer: Answer): Record<string, ToolResult> => {
  if (answer === null) return {}
  const name = capability === 'webcam' ? (answer ? 'webcam-in-use' : 'webcam-idle') : (answer ? 'microphone-teams' : 'microphone-idle')
  return { [consentStore(capability)]: answered(fixture(`reg/${name}.txt`)) }
}

describe('createPresence: in a call', () => {
  const pairs = answers.flatMap((first) => answers.map((second) => [first, second, anyInUse([first, second])] as const))

  it.each(pairs)('Linux, microphone %s and camera %s: %s', async (mic, cam, inCall) => {
    const presence = createPresence(linuxGnome, OWN, { run: fakeRun(microphone(mic)), proc: camera(cam), ownPids: [1] })
    expect(await presence.inCall()).toBe(inCall)
  })

  it.each(pairs)('Windows, webcam %s and microphone %s: %s', async (webcam, mic, inCall) => {
    const presence = createPresence(windows, OWN, { run: fakeRun({ ...registry('webcam', webcam), ...registry('microphone', mic) }) })
    expect(await presence.inCall()).toBe(inCall)
  })

  it('Linux: Kindbreak\'s own process holding the camera is not a call', async () => {
    const presence = createPresence(linuxGnome, OWN, { run: fakeRun(microphone(false)), proc: camera(true), ownPids: [10] })
    expect(await presence.inCall()).toBe(false)
  })

  it('macOS: cannot tell, and runs nothing', async () => {
    const run = fakeRun({})
    const presence = createPresence(mac, OWN, { run, proc: camera(true) })
    expect(await presence.inCall()).toBeNull()
    expect(run.asked).toEqual([])
  })
})

describe('createPresence: the other questions', () => {
  it('Linux asks the desktop', async () => {
    const run = fakeRun({
      'gsettings get org.gnome.desktop.notifications show-banners': answered('false\n'),
      'gdbus call --session --dest org.gnome.Mutter.IdleMonitor --object-path /org/gnome/Mutter/IdleMonitor/Core --method org.gnome.Mutter.IdleMonitor.GetIdletime': answered('(uint64 61000,)\n'),
      'gdbus call --session --dest org.gnome.ScreenSaver --object-path /org/gnome/ScreenSaver --method org.gnome.ScreenSaver.GetActive': answered('(false,)\n'),
    })
    const presence = createPresence(linuxGnome, OWN, { run, proc: camera(false) })
    expect(await presence.doNotDisturb()).toBe(true)
    expect(await presence.idleSeconds()).toBe(61)
    expect(await presence.screenLocked()).toBe(false)
  })

  it.each([['Windows', windows], ['macOS', mac]])('%s: cannot tell, and runs nothing', async (_name, desktop) => {
    const run = fakeRun({})
    const presence = createPresence(desktop, OWN, { run })
    expect([await presence.doNotDisturb(), await presence.idleSeconds(), await presence.screenLocked()]).toEqual([null, null, null])
    expect(run.asked).toEqual([])
  })
})

describe('createPresence: the guard', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('a tool that never answers: null after 2 s', async () => {
    vi.useFakeTimers()
    const never: RunTool = () => new Promise<ToolResult>(() => {})
    const presence = createPresence(linuxGnome, OWN, { run: never, proc: camera(false) })
    const pending = [presence.inCall(), presence.doNotDisturb(), presence.idleSeconds(), presence.screenLocked()]
    await vi.advanceTimersByTimeAsync(1_999)
    let settled = false
    void Promise.all(pending).then(() => { settled = true })
    await Promise.resolve()
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await Promise.all(pending)).toEqual([null, null, null, null])
  })

  it('a runner that rejects or throws: null, never a rejection', async () => {
    const rejecting: RunTool = () => Promise.reject(new Error('spawn EAGAIN'))
    const throwing: RunTool = () => { throw new Error('EMFILE') }
    for (const run of [rejecting, throwing]) {
      const presence = createPresence(linuxGnome, OWN, { run, proc: camera(true) })
      expect(await presence.inCall()).toBeNull()
      expect(await presence.doNotDisturb()).toBeNull()
      expect(await presence.idleSeconds()).toBeNull()
      expect(await presence.screenLocked()).toBeNull()
    }
  })

  it('with the real tools on this machine, every answer comes within the limit', async () => {
    const presence = createPresence(readDesktop(process.platform, process.env, process.argv), OWN)
    const started = performance.now()
    const results = await Promise.all([presence.inCall(), presence.doNotDisturb(), presence.idleSeconds(), presence.screenLocked()])
    expect(performance.now() - started).toBeLessThan(2_500)
    for (const result of results) expect(result === null || typeof result === 'boolean' || typeof result === 'number').toBe(true)
  })
})
