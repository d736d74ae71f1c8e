import type { Desktop } from '../../core/desktop'
import { cameraInUse, procFs, type ProcPort } from './camera-linux'
import { doNotDisturb } from './do-not-disturb'
import { idleSeconds, screenLocked } from './idle-linux'
import { microphoneInUse } from './microphone-linux'
import { runTool, type RunTool } from './run-tool'
import { capabilityInUse } from './windows-capability'

/**
 * What the desktop says about the person right now. Every answer may be null, "cannot tell", and every
 * call resolves within about 2 s and never rejects: a break is then neither held back nor forced on.
 */
export interface PresencePort {
  /** Another app uses the microphone or the camera. */
  inCall(): Promise<boolean | null>
  doNotDisturb(): Promise<boolean | null>
  /** Linux only; elsewhere Electron's powerMonitor.getSystemIdleTime() answers (docs/api/power-monitor.md). */
  idleSeconds(): Promise<number | null>
  /** Linux only; elsewhere powerMonitor's 'lock-screen' and 'unlock-screen' events tell (macOS, Windows). */
  screenLocked(): Promise<boolean | null>
}

/** What the checks reach the system through; tests pass fakes. */
export interface PresenceTools {
  run: RunTool
  proc: ProcPort
  /** Kindbreak's own processes, left out of the camera check. */
  ownPids: readonly number[]
}

export type { ToolResult, RunTool } from './run-tool'

/**
 * Several "is a device in use" answers as one: true if any says true; null only if none could tell;
 * false otherwise (at least one looked and saw nothing, and none saw a call).
 */
export function anyInUse(answers: readonly (boolean | null)[]): boolean | null {
  if (answers.includes(true)) return true
  return answers.includes(false) ? false : null
}

/** The most a check may take, over the tools' own timeouts: a last guard, not the usual path. */
const CHECK_LIMIT_MS = 2_000

export function createPresence(desktop: Desktop, ownAppName: string, tools: Partial<PresenceTools> = {}): PresencePort {
  const { run = runTool, proc = procFs, ownPids = [process.pid] } = tools
  if (desktop.platform === 'linux') {
    return {
      inCall: guarded(async () => anyInUse(await Promise.all([microphoneInUse(ownAppName, run), cameraInUse(ownPids, proc)]))),
      doNotDisturb: guarded(() => doNotDisturb(desktop, run)),
      idleSeconds: guarded(() => idleSeconds(desktop, run)),
      screenLocked: guarded(() => screenLocked(desktop, run)),
    }
  }
  if (desktop.platform === 'win32') {
    const inUse = async (): Promise<boolean | null> =>
      anyInUse(await Promise.all([capabilityInUse('webcam', ownAppName, run), capabilityInUse('microphone', ownAppName, run)]))
    return { inCall: guarded(inUse), doNotDisturb: cannotTell, idleSeconds: cannotTell, screenLocked: cannotTell }
  }
  // macOS: without native code it does not say which app uses the camera or the microphone (the system's
  // own indicator is not readable by another app), nor whether a Focus is on; idle and the lock come from
  // Electron's powerMonitor there.
  return { inCall: cannotTell, doNotDisturb: cannotTell, idleSeconds: cannotTell, screenLocked: cannotTell }
}

const cannotTell = (): Promise<null> => Promise.resolve(null)

/** A check that resolves null when it rejects or outlasts CHECK_LIMIT_MS. */
function guarded<T>(check: () => Promise<T | null>): () => Promise<T | null> {
  return async () => {
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), CHECK_LIMIT_MS) })
    try {
      return await Promise.race([check().catch(() => null), late])
    } catch {
      return null
    } finally {
      clearTimeout(timer)
    }
  }
}
