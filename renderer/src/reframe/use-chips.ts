import { feelingIds, thinkingTrapIds } from '../../../electron/common/journal-tags'
import { useText } from '../i18n/use-text'
import type { ShownChip } from './ChipGroup'

/** The feeling and thinking-trap chips in the person's language, in the order the shared layer lists them. */
export function useChips(): { feelings: ShownChip[]; thinkingTraps: ShownChip[] } {
  const words = useText().shared
  return {
    feelings: feelingIds.map((id) => ({ id, label: words.feelings[id] })),
    thinkingTraps: thinkingTrapIds.map((id) => ({ id, ...words.thinkingTraps[id] })),
  }
}
