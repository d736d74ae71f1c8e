/**
 * The phrase editor's one request: main applies each change with the core's rules, so the window never
 * decides what a valid bank is, and a refusal comes back as a code the window puts in the person's words.
 */
import { defaultPhraseBank, samePhrases } from '../common/phrases'
import type { Locale } from '../common/locale'
import type { PhraseEdit, PhraseEditResult, Settings, SettingsPatch } from '../contract'
import {
  addPhrase, deletePhrase, editPhrase, movePhrase, restoreDefaults, type PhraseBank, type PhraseResult, type PhraseStep,
} from '../core/phrases'

function fromCore(result: PhraseResult): PhraseEditResult {
  return result.ok ? { ok: true, phrases: result.bank } : { ok: false, code: result.error.code }
}

/** Adds every text in order, or none of them: the first one refused is named by its index. */
function addAll(bank: PhraseBank, step: PhraseStep, texts: readonly string[]): PhraseEditResult {
  let current = bank
  for (const [index, text] of texts.entries()) {
    const added = addPhrase(current, step, text)
    if (!added.ok) return { ok: false, code: added.error.code, index }
    current = added.bank
  }
  return { ok: true, phrases: current }
}

/**
 * The lists after one edit. `stored` is null while the person still uses our phrases; the edit then
 * starts from `defaults`, which are ours in the person's language.
 */
export function applyPhraseEdit(stored: PhraseBank | null, edit: PhraseEdit, defaults: PhraseBank): PhraseEditResult {
  const bank = stored ?? defaults
  switch (edit.kind) {
    case 'add':
      return addAll(bank, edit.step, edit.texts)
    case 'edit':
      return fromCore(editPhrase(bank, edit.step, edit.index, edit.text))
    case 'move':
      return fromCore(movePhrase(bank, edit.step, edit.from, edit.to))
    case 'delete':
      return fromCore(deletePhrase(bank, edit.step, edit.index))
    case 'restore':
      return fromCore(restoreDefaults(bank, defaults, edit.step))
  }
}

function sameBank(a: PhraseBank, b: PhraseBank): boolean {
  return samePhrases(a.mindfulness, b.mindfulness) && samePhrases(a.humanity, b.humanity) && samePhrases(a.kindness, b.kindness)
}

export interface PhraseFeaturePorts {
  settings: () => Settings
  /** The person's language: our phrases are the start of their lists in it. */
  locale: () => Locale
  /** Saves a settings change the way `updateSettings` does (validated, stored, sent to the window). */
  saveSettings: (patch: SettingsPatch) => void
}

export function phraseHandlers({ settings, locale, saveSettings }: PhraseFeaturePorts) {
  return {
    editPhrases(edit: PhraseEdit): PhraseEditResult {
      const defaults = defaultPhraseBank(locale())
      const result = applyPhraseEdit(settings().phrases, edit, defaults)
      // Lists that are exactly ours are stored as "ours" (null), so they follow the person's language again.
      if (result.ok) saveSettings({ phrases: sameBank(result.phrases, defaults) ? null : result.phrases })
      return result
    },
  }
}
