import type { PhaseKind } from './pattern'
import { gainForVolume, type TonePlan } from '../sound/play-tone'

/**
 * Soft sound cues, made on the spot with the Web Audio API (no audio files): a short sine tone that
 * glides up as a breath in begins and down as a breath out begins. Holds are silent.
 */
// A3, D4 and E4: low, warm notes a fourth apart, so the glide sounds like a sigh rather than an alert.
const low = 220
const middle = 293.66
const high = 329.63

const glides: Readonly<Record<PhaseKind, { fromHz: number; toHz: number } | null>> = {
  in: { fromHz: low, toHz: middle },
  'top-up': { fromHz: middle, toHz: high },
  out: { fromHz: middle, toHz: low },
  'hold-in': null,
  'hold-out': null,
}

/**
 * The tone for the start of a phase at `volumePercent` (Settings, 0–100), or null when there is nothing
 * to play.
 */
export function tonePlan(kind: PhaseKind, volumePercent: number): TonePlan | null {
  const glide = glides[kind]
  const peakGain = gainForVolume(volumePercent)
  if (glide === null || peakGain === 0) return null
  return { ...glide, peakGain, attackSeconds: 0.35, lengthSeconds: 1.8 }
}
