// runTool against real processes (node itself, sh, sleep): what it resolves with for an answer, a
// failure, a missing tool, a tool that hangs or ignores SIGTERM, one that prints too much.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { runTool } from '../../electron/platform/presence/run-tool'

const node = process.execPath

describe('runTool', () => {
  it('resolves with what the tool printed', async () => {
    expect(await runTool(node, ['-e', 'process.stdout.write("(<true>,)\\n")'], 5_000)).toEqual({ ok: true, stdout: '(<true>,)\n' })
  })

  it('runs the tool in the C locale, so labels and messages are the untranslated ones the parsers read', async () => {
    const result = await runTool(node, ['-e', 'process.stdout.write(process.env.LC_ALL)'], 5_000)
    expect(result).toEqual({ ok: true, stdout: 'C' })
  })

  it('a tool that exits non-zero: its standard error, and neither missing nor timed out', async () => {
    const result = await runTool(node, ['-e', 'process.stderr.write("Connection failure: Connection refused\\n"); process.exit(1)'], 5_000)
    expect(result).toEqual({ ok: false, stderr: 'Connection failure: Connection refused\n', missingTool: false, timedOut: false })
  })

  it('a tool that is not installed: missingTool (ENOENT)', async () => {
    const result = await runTool('kindbreak-no-such-tool', ['list'], 5_000)
    expect(result).toMatchObject({ ok: false, missingTool: true, timedOut: false })
  })

  it('a tool that hangs: timedOut, soon after the timeout', async () => {
    const started = performance.now()
    const result = await runTool(node, ['-e', 'setTimeout(() => {}, 20_000)'], 300)
    expect(result).toMatchObject({ ok: false, missingTool: false, timedOut: true })
    expect(performance.now() - started).toBeLessThan(3_000)
  })

  it('a tool that ignores SIGTERM is killed all the same, not left running', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kindbreak-run-tool-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    const pidFile = path.join(dir, 'pid')
    const script = `require("fs").writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); process.on("SIGTERM", () => {}); setTimeout(() => {}, 20_000)`
    const result = await runTool(node, ['-e', script], 500)
    expect(result).toMatchObject({ ok: false, timedOut: true })
    const pid = Number(readFileSync(pidFile, 'utf8'))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/)
  })

  it('a tool whose helper holds its output open past the timeout: timedOut, without waiting for the helper', async () => {
    const started = performance.now()
    // sh is killed at the timeout; the background sleep keeps the pipe open for 2 s more.
    const result = await runTool('sh', ['-c', 'sleep 2 & sleep 2'], 200)
    expect(result).toMatchObject({ ok: false, timedOut: true })
    expect(performance.now() - started).toBeLessThan(1_500)
  })

  it('a tool that prints more than the bound: a failure, not a timeout', async () => {
    const result = await runTool(node, ['-e', 'process.stdout.write("x".repeat(5 * 1024 * 1024))'], 10_000)
    expect(result).toMatchObject({ ok: false, missingTool: false, timedOut: false })
  })

  it('arguments execFile refuses (a NUL byte): a failure, not a throw', async () => {
    const result = await runTool(node, ['-e', 'a\0b'], 1_000)
    expect(result).toMatchObject({ ok: false, missingTool: false, timedOut: false })
  })
})
