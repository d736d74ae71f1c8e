import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkAccelerator } from '../../electron/core/accelerator'

describe('checkAccelerator', () => {
  it.each([
    'CommandOrControl+Alt+K',
    'CmdOrCtrl+Shift+B',
    'Ctrl+Alt+Delete',
    'Alt+Space',
    'Super+Plus',
    'Control+Option+PageDown',
    'Shift+num5',
    'Meta+F12',
    'AltGr+/',
    'F5',
    'F24',
    'Command+Ctrl+Alt+Shift+1',
  ])('accepts %s', (accelerator) => {
    expect(checkAccelerator(accelerator)).toEqual({ ok: true, accelerator })
  })

  it('trims surrounding spaces and returns the trimmed accelerator', () => {
    expect(checkAccelerator('  Ctrl+K \n')).toEqual({ ok: true, accelerator: 'Ctrl+K' })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [`Ctrl+${'Alt+'.repeat(25)}K`, 'too-long'],
    ['K', 'no-modifier'],
    ['Space', 'no-modifier'],
    ['Ctrl', 'no-key'],
    ['Ctrl+Alt+Shift', 'no-key'],
    ['Ctrl+K+J', 'several-keys'],
    ['Ctrl+F1+F2', 'several-keys'],
    ['Ctrl+', 'unknown-part'],
    ['+K', 'unknown-part'],
    ['Ctrl++K', 'unknown-part'],
    ['Ctrl+Banana', 'unknown-part'],
    ['Ctrl + K', 'unknown-part'],
    ['Ctrl+F25', 'unknown-part'],
    ['F0', 'unknown-part'],
    ['Ctrl+KK', 'unknown-part'],
    ['Ctrl+é', 'unknown-part'],
  ])('refuses %j as %s', (accelerator, reason) => {
    expect(checkAccelerator(accelerator)).toEqual({ ok: false, reason })
  })

  it('allows 100 characters after trimming, and refuses 101', () => {
    const hundred = `Ctrl+Alt+${'Shift+'.repeat(15)}K`
    const hundredAndOne = `Ctrl+Alt+${'Shift+'.repeat(15)}F1`
    expect([hundred.length, hundredAndOne.length]).toEqual([100, 101])
    expect(checkAccelerator(`  ${hundred}  `)).toEqual({ ok: true, accelerator: hundred })
    expect(checkAccelerator(hundredAndOne)).toEqual({ ok: false, reason: 'too-long' })
  })

  it('accepts any set of modifiers with exactly one key (property)', () => {
    const modifier = fc.constantFrom('Command', 'Cmd', 'Control', 'Ctrl', 'CommandOrControl', 'CmdOrCtrl', 'Alt', 'Option', 'AltGr', 'Shift', 'Super', 'Meta')
    const key = fc.oneof(
      fc.constantFrom('Plus', 'Space', 'Tab', 'Return', 'Up', 'Escape', 'num0', 'numadd', 'F1', 'F19'),
      fc.constantFrom(...'ABCxyz0189)!@#$%^&*(:;<>=_`~?/\\|[]{}\'",.-'.split('')),
    )
    fc.assert(
      fc.property(fc.array(modifier, { minLength: 1, maxLength: 4 }), key, fc.nat(4), (modifiers, k, at) => {
        const parts: string[] = [...modifiers]
        parts.splice(at % (parts.length + 1), 0, k)
        expect(checkAccelerator(parts.join('+'))).toEqual({ ok: true, accelerator: parts.join('+') })
      }),
    )
  })

  it('never accepts a doubled, leading or trailing "+" (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        for (const bad of [`${text}++K`, `+${text}`, `${text}+`]) expect(checkAccelerator(bad).ok).toBe(false)
      }),
    )
  })
})
