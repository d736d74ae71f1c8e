// The security scan (npm run check:security): Doyensec's electronegativity over the app's sources.
// Every finding of low severity or above fails the scan unless it is accepted below, with its reason, and
// explained in docs/SECURITY.md. An accepted finding that no longer appears fails too, so the list stays
// true. Informational findings are only counted.
//
// Offline by construction: electronegativity reaches for the network twice (translations of its own
// messages, and Electron's release list for the "newer release with security fixes" check). Both go
// through `got`, which is answered here with "offline"; the release check is left out, and the Electron
// version is the one installed, passed explicitly.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

/** Findings we accept, matched by check id and file (lines move). Each is explained in docs/SECURITY.md. */
const accepted = [
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'electron/platform/break-window.ts',
    reason: 'a middle click can only ask for a new window, and every such request is denied (security.ts setWindowOpenHandler)',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'electron/platform/break-window.ts',
    reason: 'reviewed: the sandboxed preload exposes fixed functions through contextBridge, never ipcRenderer or the event',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/platform/security.ts',
    reason: 'openExternal runs only for https URLs whose host is on an allowlist (the support-line hosts)',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/features/journal-request-handlers.ts',
    reason: 'opens a support line only when the URL is https on a host of the support-line list (core/support-lines.ts)',
  },
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    reason: "script-src 'self' is flagged in case the origin hosts JSONP or uploads; app://bundle serves only our read-only bundle",
  },
]

/** What is scanned: the main process, the preload, the renderer page and sources, and package.json. */
const scannedPaths = ['electron', 'renderer/index.html', 'renderer/src', 'package.json']

const offlineCheckIds = ['availablesecurityfixesglobalcheck']

function answerNetworkWithOffline() {
  const requireFromScanner = createRequire(require.resolve('@doyensec/electronegativity'))
  const gotPath = requireFromScanner.resolve('got')
  const offline = () => Promise.reject(new Error('the security scan runs offline'))
  requireFromScanner.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { head: offline }) }
}

function stageSources() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindbreak-security-'))
  for (const relative of scannedPaths) fs.cpSync(path.join(repoRoot, relative), path.join(dir, relative), { recursive: true })
  return dir
}

const keyOf = ({ id, file }) => `${id} ${file}`

async function main() {
  answerNetworkWithOffline()
  const scanner = require('@doyensec/electronegativity')
  const run = scanner.default ?? scanner
  const electronVersion = require('electron/package.json').version
  const staged = stageSources()
  let result
  try {
    result = await run({ input: staged, electronVersionOverride: electronVersion, excludeFromScan: offlineCheckIds, isRelative: true })
  } finally {
    fs.rmSync(staged, { recursive: true, force: true })
  }

  const problems = result.errors.filter((error) => !error.tolerable).map((error) => `could not scan ${error.file}: ${error.message}`)
  const findings = result.issues.filter((issue) => issue.severity.value > 0)
  const acceptedKeys = new Set(accepted.map(keyOf))
  for (const finding of findings) {
    if (!acceptedKeys.has(keyOf(finding))) {
      problems.push(`${finding.severity.name} ${finding.id} in ${finding.file}:${finding.location.line}: ${finding.description}`)
    }
  }
  const foundKeys = new Set(findings.map(keyOf))
  const securityDoc = fs.readFileSync(path.join(repoRoot, 'docs/SECURITY.md'), 'utf8')
  for (const entry of accepted) {
    if (!foundKeys.has(keyOf(entry))) problems.push(`accepted ${keyOf(entry)} no longer appears: remove it here and in docs/SECURITY.md`)
    if (!securityDoc.includes(entry.id) || !securityDoc.includes(entry.file)) problems.push(`accepted ${keyOf(entry)} is not explained in docs/SECURITY.md`)
  }

  const informational = result.issues.length - findings.length
  process.stdout.write(
    `check:security: electronegativity (Electron ${electronVersion}) ran ${result.atomicChecks + result.globalChecks} checks; ` +
      `${findings.length} findings of low severity or above, ${informational} informational\n`,
  )
  for (const entry of accepted) process.stdout.write(`  accepted ${keyOf(entry)}: ${entry.reason}\n`)
  if (problems.length > 0) console.error(`\nSecurity scan problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
  return problems.length === 0
}

main().then(
  (passed) => {
    process.exitCode = passed ? 0 : 1
  },
  (error) => {
    console.error(error)
    process.exitCode = 1
  },
)
