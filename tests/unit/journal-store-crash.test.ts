import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'rolldown'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openJournalStore } from '../../electron/platform/journal-store'
import { fakeCipher } from './fixtures/journal-fake-cipher'

const LANES = 4
const KILLS_PER_LANE = 14
let workDir: string
let childScript: string

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kindbreak-crash-'))
  childScript = join(workDir, 'child.mjs')
  // The child must run the real store, but plain node cannot load TypeScript: bundle it once.
  await build({
    input: join(import.meta.dirname, 'fixtures/journal-crash-child.ts'),
    platform: 'node',
    output: { file: childScript, format: 'esm' },
    logLevel: 'silent',
  })
})
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

/** Starts the child, kills it with SIGKILL a random moment after it opened the journal, returns its output. */
function runAndKill(journalDir: string, run: number, delayMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, journalDir, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let killScheduled = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (!killScheduled && stdout.includes('\n')) {
        killScheduled = true
        setTimeout(() => child.kill('SIGKILL'), delayMs)
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(stdout) : reject(new Error(`child ended by itself: ${stderr}`)),
    )
  })
}

/**
 * Kills the writer again and again on one journal, checking after every kill that the file opens
 * and holds every acknowledged entry. Returns how many saves were acknowledged.
 */
async function killRepeatedly(journalDir: string, kills: number): Promise<number> {
  const acknowledged = new Map<string, number>()
  let totalAcks = 0
  for (let run = 0; run < kills; run++) {
    const output = await runAndKill(journalDir, run, Math.floor(Math.random() * 30))
    const lines = output.split('\n')
    lines.pop() // the last line may itself be cut off by the kill
    expect(lines[0]).toMatch(/^open \d+$/)
    for (const line of lines.slice(1)) {
      const [, id = '', updatedAt = ''] = line.split(' ')
      acknowledged.set(id, Math.max(Number(updatedAt), acknowledged.get(id) ?? 0))
      totalAcks++
    }

    // The file always opens; the only acceptable complaint is the record being written when killed.
    const store = openJournalStore({ dir: journalDir, now: Date.now, cipher: fakeCipher('crash-key') })
    expect(store.problems.filter((problem) => problem.kind !== 'torn-tail')).toEqual([])
    for (const [id, updatedAt] of acknowledged) {
      // A later, unacknowledged save of the same entry may also have reached the disk: newer is fine.
      expect(store.get(id)?.updatedAt, `entry ${id} after kill ${run}`).toBeGreaterThanOrEqual(updatedAt)
    }
    store.close()
  }
  return totalAcks
}

it(`loses no acknowledged entry when the writer is killed ${LANES * KILLS_PER_LANE} times at random moments`, async () => {
  // Independent journals side by side: the kills on each one stay sequential, the wall time shrinks.
  const lanes = Array.from({ length: LANES }, (_, lane) => killRepeatedly(join(workDir, `journal-${lane}`), KILLS_PER_LANE))
  const acks = await Promise.all(lanes)
  for (const laneAcks of acks) expect(laneAcks).toBeGreaterThan(KILLS_PER_LANE)
  // Took about 10 s on a shared 2-core box; the generous limit covers machines busy enough to slow every node start.
}, 120_000)
