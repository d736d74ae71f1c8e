/**
 * Which practice each break opens, when the person chose a rotation: the turn is kept in a small file, so
 * the rotation goes on across restarts. A damaged file is moved aside (and named), and the turn starts over.
 */
import { z } from 'zod'
import { pickBreakPractice } from '../core/break-practice'
import type { Clock } from '../core/clock'
import type { Notice } from '../core/notices'
import type { Screen } from '../common/screens'
import type { Settings } from '../core/settings'
import { readJsonState, writeJsonState } from '../platform/json-state-file'

export interface BreakRotationDeps {
  clock: Clock
  settings(): Settings
  rotationFile: string
  addNotice(notice: Notice): void
}

export interface BreakRotation {
  /** The screen the next break opens; a rotation moves on by one. */
  next(): Screen
}

const rotationSchema = z.object({ turn: z.number().int().min(0) }).strict()

export function createBreakRotation(deps: BreakRotationDeps): BreakRotation {
  const stored = readJsonState(deps.rotationFile, rotationSchema, deps.clock.now())
  if (stored.movedTo) deps.addNotice({ id: `rotation-${deps.clock.now()}`, kind: 'file-set-aside', file: deps.rotationFile, movedTo: stored.movedTo })
  let turn = stored.value?.turn ?? 0
  return {
    next() {
      const pick = pickBreakPractice(deps.settings(), turn)
      if (pick.rotates) {
        turn += 1
        writeJsonState(deps.rotationFile, { turn })
      }
      return pick.screen
    },
  }
}
