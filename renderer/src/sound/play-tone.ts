/**
 * Soft sounds made on the spot with the Web Audio API (no audio files): one sine tone with a gentle
 * envelope, gliding from one pitch to another (or holding one). The breathing guide's cues and the guided
 * practices' bell are both plans for it.
 */
export interface TonePlan {
  readonly fromHz: number
  readonly toHz: number
  /** Loudest point of the envelope, as a gain (0–1). */
  readonly peakGain: number
  readonly attackSeconds: number
  readonly lengthSeconds: number
}

/** Even at full volume a tone stays well below a notification sound. */
const loudestGain = 0.2

/**
 * The loudest point of a tone at `volumePercent` (Settings, 0–100). Loudness follows the square of the
 * setting, which is closer to how ears hear a volume knob.
 */
export function gainForVolume(volumePercent: number): number {
  const volume = Math.min(100, Math.max(0, volumePercent)) / 100
  return loudestGain * volume * volume
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
