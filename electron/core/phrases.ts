import { z } from 'zod'
import { phraseSteps, type PhraseBank, type PhraseStep } from '../common/phrases'

/**
 * The person's kind phrases, one list per step of the self-compassion break. Every operation here is
 * pure: it takes a bank and returns a new one (or a reason it could not), so main can validate what the
 * renderer asks for before anything is stored. A refusal is only a `code`: the window words it in the
 * person's language.
 */

// The steps and the bank's shape are the shared layer's; the rules about them are here.
export { phraseSteps, type PhraseBank, type PhraseStep }

export const phraseLimits = {
  /** Counted in characters as people see them (code points), after trimming. */
  maxLength: 500,
  maxPerStep: 50,
} as const

export type PhraseErrorCode = 'empty' | 'too-long' | 'duplicate' | 'step-full' | 'not-found' | 'invalid-bank'

export interface PhraseError {
  code: PhraseErrorCode
}

function characterCount(text: string): number {
  return [...text].length
}

/** Two phrases are the same when they differ only in letter case or spacing. */
function comparisonKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
}

/** Checks one phrase against the phrases before it (`ignoreIndex` is the phrase being edited). */
function checkPhrase(
  text: string,
  others: readonly string[],
  ignoreIndex?: number,
): { ok: true; phrase: string } | { ok: false; code: PhraseErrorCode } {
  const phrase = text.trim()
  if (phrase === '') return { ok: false, code: 'empty' }
  if (characterCount(phrase) > phraseLimits.maxLength) return { ok: false, code: 'too-long' }
  const key = comparisonKey(phrase)
  const isDuplicate = others.some((other, index) => index !== ignoreIndex && comparisonKey(other) === key)
  if (isDuplicate) return { ok: false, code: 'duplicate' }
  return { ok: true, phrase }
}

/** The same rules as the operations below, so a stored or received bank can never hold what they refuse. */
const stepListSchema = z
  .array(z.string())
  .superRefine((phrases, context) => {
    const report = (code: PhraseErrorCode, path: number[]) =>
      context.addIssue({ code: 'custom', message: `phrase refused: ${code}`, path, params: { phraseError: code } })
    // An oversized list is refused outright, before the per-phrase checks (which compare every pair).
    if (phrases.length > phraseLimits.maxPerStep) return report('step-full', [])
    phrases.forEach((phrase, index) => {
      const checked = checkPhrase(phrase, phrases.slice(0, index))
      if (!checked.ok) report(checked.code, [index])
    })
  })
  .transform((phrases) => phrases.map((phrase) => phrase.trim()))

export const phraseBankSchema = z.object({
  mindfulness: stepListSchema,
  humanity: stepListSchema,
  kindness: stepListSchema,
}) satisfies z.ZodType<PhraseBank>

export type PhraseResult = { ok: true; bank: PhraseBank } | { ok: false; error: PhraseError }

function failure(code: PhraseErrorCode): PhraseResult {
  return { ok: false, error: { code } }
}

function withStep(bank: PhraseBank, step: PhraseStep, phrases: string[]): PhraseResult {
  return { ok: true, bank: { ...bank, [step]: phrases } }
}

function isIndexIn(list: readonly unknown[], index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < list.length
}

/** Validates anything that claims to be a bank (from storage or IPC); the first problem is reported. */
export function parsePhraseBank(value: unknown): PhraseResult {
  const parsed = phraseBankSchema.safeParse(value)
  if (parsed.success) return { ok: true, bank: parsed.data }
  const first = parsed.error.issues[0]
  const ruleBroken: PhraseErrorCode | undefined = first?.code === 'custom' ? first.params?.phraseError : undefined
  const code = ruleBroken ?? 'invalid-bank'
  return failure(code)
}

/** Adds a phrase at the end of a step's list. */
export function addPhrase(bank: PhraseBank, step: PhraseStep, text: string): PhraseResult {
  const list = bank[step]
  const checked = checkPhrase(text, list)
  if (!checked.ok) return failure(checked.code)
  if (list.length >= phraseLimits.maxPerStep) return failure('step-full')
  return withStep(bank, step, [...list, checked.phrase])
}

/** Replaces the phrase at `index`; changing only its case or spacing is allowed. */
export function editPhrase(bank: PhraseBank, step: PhraseStep, index: number, text: string): PhraseResult {
  const list = bank[step]
  if (!isIndexIn(list, index)) return failure('not-found')
  const checked = checkPhrase(text, list, index)
  if (!checked.ok) return failure(checked.code)
  return withStep(
    bank,
    step,
    list.map((phrase, at) => (at === index ? checked.phrase : phrase)),
  )
}

/** Moves the phrase at `from` so that it ends up at `to`; the others keep their order. */
export function movePhrase(bank: PhraseBank, step: PhraseStep, from: number, to: number): PhraseResult {
  const list = bank[step]
  if (!isIndexIn(list, from) || !isIndexIn(list, to)) return failure('not-found')
  const reordered = list.filter((_, at) => at !== from)
  reordered.splice(to, 0, list[from] as string)
  return withStep(bank, step, reordered)
}

export function deletePhrase(bank: PhraseBank, step: PhraseStep, index: number): PhraseResult {
  const list = bank[step]
  if (!isIndexIn(list, index)) return failure('not-found')
  return withStep(
    bank,
    step,
    list.filter((_, at) => at !== index),
  )
}

/**
 * Puts the default phrases back: for one step, or for every step when `step` is omitted. The defaults
 * are passed in because they depend on the person's language (defaultPhraseBank in electron/common/phrases.ts).
 */
export function restoreDefaults(bank: PhraseBank, defaults: PhraseBank, step?: PhraseStep): PhraseResult {
  const checkedDefaults = parsePhraseBank(defaults)
  if (!checkedDefaults.ok) return checkedDefaults
  if (step === undefined) return checkedDefaults
  return withStep(bank, step, checkedDefaults.bank[step])
}
