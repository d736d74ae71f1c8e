/**
 * Why the main process refused a request from the window, as a code and its parameters. Main never words
 * it: the window puts it into the person's language from the catalog (`RefusalWords`). Electron passes only
 * an error's message across IPC ("Error invoking remote method 'x': RequestRefused: …"), so a refusal
 * travels as a marked JSON message and is read back with `readRefusal`.
 */

/** What a hotkey can be refused for: the accelerator's own problems, or another app holding it. */
export type HotkeyProblemCode = 'empty' | 'too-long' | 'no-modifier' | 'no-key' | 'several-keys' | 'unknown-part' | 'unavailable'

export type Refusal =
  /** A request that did not come from Kindbreak's own page. */
  | { code: 'untrusted-sender' }
  /** Arguments that do not match the contract; `fields` names where (never the values). */
  | { code: 'invalid-request'; fields: string[] }
  | { code: 'export-not-written'; file: string; cause: string }
  | { code: 'import-not-read'; file: string; cause: string }
  | { code: 'folder-not-opened'; folder: string; cause: string }
  | { code: 'login-item-unchanged'; cause: string }
  | { code: 'hotkey-not-used'; hotkey: string; problem: HotkeyProblemCode }
  | { code: 'not-a-support-line'; url: string }
  | { code: 'journal-closed' }

export type RefusalCode = Refusal['code']

/** Every refusal in the person's words: one function per code, given that refusal's parameters. */
export type RefusalWords = { [C in RefusalCode]: (refusal: Extract<Refusal, { code: C }>) => string }

const MARK = 'kindbreak-refusal:'

const refusalCodes: Record<RefusalCode, true> = {
  'untrusted-sender': true,
  'invalid-request': true,
  'export-not-written': true,
  'import-not-read': true,
  'folder-not-opened': true,
  'login-item-unchanged': true,
  'hotkey-not-used': true,
  'not-a-support-line': true,
  'journal-closed': true,
}

/** The message a refusal carries across IPC. */
export function refusalMessage(refusal: Refusal): string {
  return `${MARK}${JSON.stringify(refusal)}`
}

/** The refusal inside an error the window received, or null for anything else (an unexpected failure). */
export function readRefusal(error: unknown): Refusal | null {
  const message = error instanceof Error ? error.message : String(error)
  const at = message.indexOf(MARK)
  if (at < 0) return null
  try {
    const parsed: unknown = JSON.parse(message.slice(at + MARK.length))
    if (typeof parsed !== 'object' || parsed === null) return null
    const code = (parsed as { code?: unknown }).code
    return typeof code === 'string' && Object.hasOwn(refusalCodes, code) ? (parsed as Refusal) : null
  } catch {
    return null
  }
}
