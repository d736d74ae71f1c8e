import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { phaseKinds } from '../../renderer/src/breathe/pattern'
import { tonePlan } from '../../renderer/src/breathe/tones'
import { playTone } from '../../renderer/src/sound/play-tone'

describe('soft tones', () => {
  it('rise as a breath in begins, fall as a breath out begins, and say nothing during holds', () => {
    const rises = (kind: (typeof phaseKinds)[number]) => {
      const plan = tonePlan(kind, 50)
      return plan === null ? null : plan.toHz > plan.fromHz
    }
    expect(rises('in')).toBe(true)
    expect(rises('top-up')).toBe(true)
    expect(rises('out')).toBe(false)
    expect(tonePlan('hold-in', 100)).toBeNull()
    expect(tonePlan('hold-out', 100)).toBeNull()
  })

  it('are silent at volume 0, get louder with the volume, and stay soft at 100', () => {
    expect(tonePlan('in', 0)).toBeNull()
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        expect(tonePlan('out', low)!.peakGain).toBeLessThanOrEqual(tonePlan('out', high)!.peakGain)
        expect(tonePlan('out', high)!.peakGain).toBeLessThanOrEqual(0.2)
        expect(tonePlan('out', low)!.peakGain).toBeGreaterThan(0)
      }),
    )
  })

  it('schedule a glide and a swell on the audio graph, and let go of the nodes when the tone ends', () => {
    const calls: string[] = []
    const param = (name: string) => ({
      setValueAtTime: (value: number, at: number) => calls.push(`${name} set ${value} @${at}`),
      exponentialRampToValueAtTime: (value: number, at: number) => calls.push(`${name} ramp ${value} @${at}`),
    })
    let ended: (() => void) | undefined
    const gain = { gain: param('gain'), connect: (to: unknown) => (calls.push('gain→out'), to), disconnect: () => calls.push('gain off') }
    const oscillator = {
      type: '',
      frequency: param('freq'),
      connect: (to: unknown) => (calls.push('osc→gain'), to),
      disconnect: () => calls.push('osc off'),
      addEventListener: (_: string, listener: () => void) => (ended = listener),
      start: (at: number) => calls.push(`start @${at}`),
      stop: (at: number) => calls.push(`stop @${at}`),
    }
    const context = { currentTime: 10, destination: {}, createOscillator: () => oscillator, createGain: () => gain }
    const plan = tonePlan('in', 100)!
    playTone(context as unknown as BaseAudioContext, plan)
    expect(oscillator.type).toBe('sine')
    expect(calls).toEqual([
      `freq set ${plan.fromHz} @10`,
      `freq ramp ${plan.toHz} @${10 + plan.lengthSeconds}`,
      'gain set 0.0001 @10',
      `gain ramp ${plan.peakGain} @${10 + plan.attackSeconds}`,
      `gain ramp 0.0001 @${10 + plan.lengthSeconds}`,
      'osc→gain',
      'gain→out',
      'start @10',
      `stop @${10 + plan.lengthSeconds}`,
    ])
    ended!()
    expect(calls.slice(-2)).toEqual(['osc off', 'gain off'])
  })
})
