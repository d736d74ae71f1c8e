// The system tools Kindbreak's presence checks run (electron/platform/presence/), played from the world:
// the app's own adapters run against them and parse what each desktop's tool really prints (the captured
// outputs in tests/fixtures/presence/, whose README says how each was made). Which tool answers where
// follows the desktops themselves:
// - pactl (PulseAudio, or PipeWire's pulse server, on every Linux desktop played here) lists recordings;
// - GNOME keeps Do Not Disturb in the GSettings key org.gnome.desktop.notifications show-banners, and its
//   Shell serves org.gnome.Mutter.IdleMonitor and org.gnome.ScreenSaver;
// - KDE Plasma's notification server has the `Inhibited` property, and KScreenLocker serves
//   org.freedesktop.ScreenSaver (GetSessionIdleTime, GetActive);
// - sway ships none of these services: every question there is an error, so the app cannot tell;
// - Windows keeps camera and microphone use in the CapabilityAccessManager consent store (reg query).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/presence')
const fixture = (name) => fs.readFileSync(path.join(fixtures, name), 'utf8')

const answered = (stdout) => ({ ok: true, stdout })
const failed = (stderr) => ({ ok: false, stderr, missingTool: false, timedOut: false })
const missing = { ok: false, stderr: '', missingTool: true, timedOut: false }
/** What gdbus prints when nobody owns the name it calls. */
const noService = (dest) => failed(`Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name ${dest} was not provided by any .service files\n`)

/** The desktops that serve each D-Bus name here; anything else is not on the bus. */
const servedBy = {
  'org.gnome.Mutter.IdleMonitor': ['gnome'],
  'org.gnome.ScreenSaver': ['gnome'],
  'org.freedesktop.ScreenSaver': ['kde'],
  'org.freedesktop.Notifications': ['gnome', 'kde'],
}

/** A `run(command, args)` for the app's presence checks, answering from `world` (read at each call). */
export function fakeSystemTools(world) {
  const desktop = () => world.desktop
  const linux = () => desktop().platform === 'linux'

  function gdbus(args) {
    const dest = args[args.indexOf('--dest') + 1]
    const method = args[args.indexOf('--method') + 1]
    if (!linux() || !servedBy[dest]?.includes(desktop().desktop)) return noService(dest)
    const idleMs = world.seatIdleSeconds() * 1000
    switch (method) {
      case 'org.gnome.Mutter.IdleMonitor.GetIdletime':
        return answered(`(uint64 ${idleMs},)\n`)
      case 'org.freedesktop.ScreenSaver.GetSessionIdleTime':
        return answered(`(uint32 ${Math.floor(idleMs / 1000)},)\n`)
      case 'org.gnome.ScreenSaver.GetActive':
      case 'org.freedesktop.ScreenSaver.GetActive':
        return answered(`(${world.presence.screenLocked},)\n`)
      case 'org.freedesktop.DBus.Properties.Get':
        // GNOME Shell's notification server has no Inhibited property; Plasma's has.
        if (desktop().desktop !== 'kde') return failed('Error: GDBus.Error:org.freedesktop.DBus.Error.InvalidArgs: No such property “Inhibited”\n')
        return answered(`(<${world.presence.doNotDisturb}>,)\n`)
      default:
        return failed(`Error: GDBus.Error:org.freedesktop.DBus.Error.UnknownMethod: No such method “${method}”\n`)
    }
  }

  function pactl(args) {
    if (!linux()) return missing
    if (args.join(' ') === 'list sources') return answered(fixture('pactl-pipewire/sources.txt'))
    return answered(fixture(`pactl-pipewire/${world.presence.inCall ? 'zoom' : 'none'}.txt`))
  }

  function gsettings(args) {
    if (!linux()) return missing
    if (desktop().desktop !== 'gnome') return failed('No such schema “org.gnome.desktop.notifications”\n')
    if (args.join(' ') !== 'get org.gnome.desktop.notifications show-banners') return failed('No such key\n')
    return answered(`${!world.presence.doNotDisturb}\n`)
  }

  function reg(args) {
    if (desktop().platform !== 'win32') return missing
    const capability = args[1]?.endsWith('\\microphone') ? 'microphone' : 'webcam'
    if (capability === 'microphone') return answered(fixture(`reg/${world.presence.inCall ? 'microphone-teams' : 'microphone-idle'}.txt`))
    return answered(fixture('reg/webcam-idle.txt'))
  }

  const tools = { gdbus, pactl, gsettings, reg }
  return {
    /** The adapters' RunTool: every call is recorded, so a test can see what was asked and when. */
    run: async (command, args) => {
      world.presence.toolCalls.push({ command, args: [...args] })
      return tools[command]?.(args) ?? missing
    },
    /** No process here holds a camera open: the microphone says whether a call is on. */
    proc: { videoDevices: async () => [], pids: async () => [], fdsOf: async () => [] },
    ownPids: [process.pid],
  }
}
