import type { Catalog } from '../../../electron/common/catalog'
import type { LifeFocus } from '../../../electron/common/life-focus'
import { samePhrases, type PhraseStep } from '../../../electron/common/phrases'

/**
 * What a life focus changes, and only that: the examples the practices give and a few suggested phrases. Its
 * words are the catalog's `lifeFocus`; with no focus, the practices' own examples are the ones they always had.
 */
export interface FocusWords {
  examples: {
    /** The break's first card: the placeholder of "what is hard right now?". */
    difficulty: string
    /** The reframing entry: the hint under "what happened?". */
    situation: string
    /** The reframing entry: the placeholder of "you are not the only one". */
    othersFeel: string
  }
  /** Suggested phrases for each step, offered before ours; none without a focus. */
  suggested: Record<PhraseStep, readonly string[]>
  /** Ideas for "find my phrases": "what do I need to hear?", the focus's first. */
  hear: readonly string[]
}

const noSuggestions: FocusWords['suggested'] = { mindfulness: [], humanity: [], kindness: [] }

/** The words for a focus in one language's catalog; `null` (no focus) gives the usual ones. */
export function focusWords(text: Catalog, focus: LifeFocus | null): FocusWords {
  const hear = text.practices.findPhrases.steps.hear.examples
  if (focus === null) {
    const examples = {
      difficulty: text.practices.compassionBreak.difficultyQuestion.placeholder,
      situation: text.practices.reframe.prompts.situation.hint,
      othersFeel: text.practices.reframe.prompts.commonHumanity.placeholder,
    }
    return { examples, suggested: noSuggestions, hear }
  }
  const chosen = text.lifeFocus.focuses[focus]
  return { examples: chosen.examples, suggested: chosen.phrases, hear: [...chosen.hear, ...hear] }
}

export interface OfferedPhrases {
  phrases: readonly string[]
  /** True when these are the person's own, not ours. */
  own: boolean
}

/**
 * What one step offers. The person's own phrases, once they have written some for it, are offered as they are:
 * a focus never adds to them or replaces them. Until then ours are, after those suggested for their focus (so
 * the focus shows first). A list that is still exactly ours counts as ours: main starts a person's lists from
 * ours, so editing one step leaves copies of ours in the others.
 */
export function offeredPhrases(list: readonly string[], ours: readonly string[], suggested: readonly string[]): OfferedPhrases {
  const own = list.length > 0 && !samePhrases(list, ours)
  return own ? { phrases: list, own } : { phrases: [...suggested, ...ours], own }
}
