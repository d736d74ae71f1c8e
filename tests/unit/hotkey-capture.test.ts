import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkAccelerator } from '../../electron/core/accelerator'
import { captureKeys, type KeyPress } from '../../renderer/src/settings/accelerator-from-key'

const press = (code: string, held: Partial<KeyPress> = {}): KeyPress => ({ code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...held })

describe('captureKeys', () => {
  it('writes Ctrl as CommandOrControl on Windows and Linux, and Command as CommandOrControl on a Mac', () => {
    expect(captureKeys(press('KeyK', { ctrlKey: true, altKey: true }), false)).toEqual({ kind: 'accelerator', accelerator: 'CommandOrControl+Alt+K' })
    expect(captureKeys(press('KeyK', { metaKey: true, altKey: true }), true)).toEqual({ kind: 'accelerator', accelerator: 'CommandOrControl+Alt+K' })
    expect(captureKeys(press('KeyK', { ctrlKey: true }), true)).toEqual({ kind: 'accelerator', accelerator: 'Control+K' })
    expect(captureKeys(press('KeyY', { metaKey: true, shiftKey: true }), false)).toEqual({ kind: 'accelerator', accelerator: 'Shift+Super+Y' })
  })

  it('names keys by position, so Shift does not turn 1 into !', () => {
    expect(captureKeys(press('Digit1', { ctrlKey: true, shiftKey: true }), false)).toEqual({ kind: 'accelerator', accelerator: 'CommandOrControl+Shift+1' })
    expect(captureKeys(press('ArrowUp', { altKey: true }), false)).toEqual({ kind: 'accelerator', accelerator: 'Alt+Up' })
  })

  it('waits while only modifiers are down', () => {
    expect(captureKeys(press('ControlLeft', { ctrlKey: true }), false)).toEqual({ kind: 'holding', modifiers: ['CommandOrControl'] })
    expect(captureKeys(press('ShiftRight', { ctrlKey: true, shiftKey: true }), false)).toEqual({ kind: 'holding', modifiers: ['CommandOrControl', 'Shift'] })
  })

  it('refuses a key that would swallow typing, and keys Electron cannot name', () => {
    expect(captureKeys(press('KeyK'), false)).toEqual({ kind: 'refused', reason: 'no-modifier' })
    expect(captureKeys(press('KeyK', { shiftKey: true }), false)).toEqual({ kind: 'refused', reason: 'no-modifier' })
    expect(captureKeys(press('F9'), false)).toEqual({ kind: 'accelerator', accelerator: 'F9' })
    expect(captureKeys(press('IntlBackslash', { ctrlKey: true }), false)).toEqual({ kind: 'refused', reason: 'unknown-key' })
  })

  it('only ever produces accelerators that main accepts', () => {
    const codes = [
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((letter) => `Key${letter}`),
      ...'0123456789'.split('').flatMap((digit) => [`Digit${digit}`, `Numpad${digit}`]),
      ...Array.from({ length: 24 }, (_, index) => `F${index + 1}`),
      'Space', 'Enter', 'Tab', 'Backspace', 'Delete', 'ArrowLeft', 'Minus', 'Quote', 'Backquote', 'Backslash', 'NumpadAdd',
      'PageDown', 'PrintScreen', 'IntlRo', 'ContextMenu', 'ShiftLeft', 'MetaRight',
    ]
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), (code, ctrlKey, altKey, shiftKey, metaKey, mac) => {
        const captured = captureKeys({ code, ctrlKey, altKey, shiftKey, metaKey }, mac)
        if (captured.kind === 'accelerator') expect(checkAccelerator(captured.accelerator)).toEqual({ ok: true, accelerator: captured.accelerator })
      }),
    )
  })
})
