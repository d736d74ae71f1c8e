import type { PhaseKind } from './pattern'

/**
 * Soft sound cues, made on the spot with the Web Audio API (no audio files): a short sine tone that
 * glides up as a breath in begins and down as a breath out begins. Holds are silent.
 */
export interface TonePlan {
  readonly fromHz: number
  readonly toHz: number
  /** Loudest point of the envelope, as a gain (0–1). */
  readonly peakGain: number
  readonly attackSeconds: number
  readonly lengthSeconds: number
}

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

/** Even at full volume the tone stays well below a notification sound. */
const loudestGain = 0.2

/**
 * The tone for the start of a phase at `volumePercent` (Settings, 0–100), or null when there is nothing
 * to play. Loudness follows the square of the setting, which is closer to how ears hear a volume knob.
 */
export function tonePlan(kind: PhaseKind, volumePercent: number): TonePlan | null {
  const glide = glides[kind]
  const volume = Math.min(100, Math.max(0, volumePercent)) / 100
  if (glide === null || volume === 0) return null
  return { ...glide, peakGain: loudestGain * volume * volume, attackSeconds: 0.35, lengthSeconds: 1.8 }
}

/** Exponential ramps cannot reach 0; this is silence for the ear. */
const silentGain = 0.0001

/** Plays one tone on `context` now; the nodes disconnect themselves when it ends. */
export function playTone(context: BaseAudioContext, plan: TonePlan): void {
  const start = context.currentTime
  const end = start + plan.lengthSeconds
  const oscillator = context.createOscillator()
  const gain = context.createGain()
  oscillator.type = 'sine'
  oscillator.frequency.setValueAtTime(plan.fromHz, start)
  oscillator.frequency.exponentialRampToValueAtTime(plan.toHz, end)
  gain.gain.setValueAtTime(silentGain, start)
  gain.gain.exponentialRampToValueAtTime(plan.peakGain, start + plan.attackSeconds)
  gain.gain.exponentialRampToValueAtTime(silentGain, end)
  oscillator.connect(gain).connect(context.destination)
  oscillator.addEventListener('ended', () => {
    oscillator.disconnect()
    gain.disconnect()
  })
  oscillator.start(start)
  oscillator.stop(end)
}
