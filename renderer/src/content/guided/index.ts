import { guidedPracticeIds, type GuidedPracticeId } from '../../../../electron/common/library'
import { affectionateBreathing } from './affectionate-breathing'
import { bodyScan } from './body-scan'
import { compassionateFriend } from './compassionate-friend'
import { givingAndReceiving } from './giving-and-receiving'
import { lovingKindness } from './loving-kindness'
import { mindfulListening } from './mindful-listening'
import { mindfulSeeing } from './mindful-seeing'
import { mindfulWalk } from './mindful-walk'
import { solesOfTheFeet } from './soles-of-the-feet'
import { softenSootheAllow } from './soften-soothe-allow'
import type { GuidedPractice } from './types'

/** Every guided practice, by id: adding one to the library's list without its data does not compile. */
export const guidedPractices: Readonly<Record<GuidedPracticeId, GuidedPractice>> = {
  'affectionate-breathing': affectionateBreathing,
  'soles-of-the-feet': solesOfTheFeet,
  'loving-kindness': lovingKindness,
  'body-scan': bodyScan,
  'mindful-listening': mindfulListening,
  'mindful-seeing': mindfulSeeing,
  'mindful-walk': mindfulWalk,
  'soften-soothe-allow': softenSootheAllow,
  'compassionate-friend': compassionateFriend,
  'giving-and-receiving': givingAndReceiving,
}

export const allGuidedPractices: readonly GuidedPractice[] = guidedPracticeIds.map((id) => guidedPractices[id])
