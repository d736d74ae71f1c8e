import { gainForVolume, type TonePlan } from './play-tone'

/**
 * The guided practices' bell: one low, steady note that rings out slowly, so the start and the end of a
 * practice are marked without a startle. C5's quick strike and long fade read as a bell, not an alert.
 */
export function bellPlan(volumePercent: number): TonePlan | null {
  const peakGain = gainForVolume(volumePercent)
  if (peakGain === 0) return null
  return { fromHz: 523.25, toHz: 523.25, peakGain, attackSeconds: 0.02, lengthSeconds: 3.5 }
}
