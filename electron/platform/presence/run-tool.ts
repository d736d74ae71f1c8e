import { execFile } from 'node:child_process'

/**
 * What a system tool answered: its output, or why there is none. Parsers turn a failure into null,
 * "cannot tell", so a missing tool or a slow one never holds a break back nor lets one interrupt a call.
 */
export type ToolResult =
  | { ok: true; stdout: string }
  | { ok: false; stderr: string; missingTool: boolean; timedOut: boolean }

export type RunTool = (command: string, args: readonly string[], timeoutMs: number) => Promise<ToolResult>

/**
 * The tools asked here print a few kB; pw-dump on a desktop with many devices prints a few hundred. Past
 * this bound the answer is dropped (execFile kills the tool) rather than held in memory.
 */
const MAX_OUTPUT_BYTES = 4 * 1024 * 1024

/**
 * After the timeout execFile kills the tool, but answers only once its pipes close, and a helper the tool
 * started (gdbus may autolaunch a bus) can hold them open. Past this grace the answer is "timed out" anyway.
 */
const CLOSE_GRACE_MS = 250

/**
 * Runs a tool and resolves with what it printed; never rejects, never waits much past `timeoutMs`.
 * LC_ALL=C: pactl and gsettings translate their labels and messages, and the parsers read the C locale's.
 * windowsHide: reg.exe would otherwise flash a console window on every check. SIGKILL: a tool that
 * ignores SIGTERM must not outlive its timeout.
 */
export function runTool(command: string, args: readonly string[], timeoutMs: number): Promise<ToolResult> {
  return new Promise((resolve) => {
    const guard = setTimeout(() => resolve({ ok: false, stderr: '', missingTool: false, timedOut: true }), timeoutMs + CLOSE_GRACE_MS)
    const settle = (result: ToolResult): void => {
      clearTimeout(guard)
      resolve(result)
    }
    const options = {
      timeout: timeoutMs, killSignal: 'SIGKILL' as const, maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true,
      encoding: 'utf8' as const, env: { ...process.env, LC_ALL: 'C' },
    }
    try {
      execFile(command, args, options, (error, stdout, stderr) => settle(error ? failure(error, stderr) : { ok: true, stdout }))
    } catch (error) {
      // execFile throws synchronously for arguments it refuses (a NUL byte, say): a failure like any other.
      settle({ ok: false, stderr: String(error), missingTool: false, timedOut: false })
    }
  })
}

function failure(error: Error, stderr: string): ToolResult {
  const problem = error as NodeJS.ErrnoException & { killed?: boolean }
  // execFile's error.code is the errno string when the tool could not start, its exit status otherwise.
  const tooMuch = problem.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER'
  return { ok: false, stderr: String(stderr), missingTool: problem.code === 'ENOENT', timedOut: Boolean(problem.killed) && !tooMuch }
}
