import type { GlobalShortcut } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createHotkey } from '../../electron/platform/hotkey'

/** Electron's globalShortcut as seen from outside: other apps may hold keys, and it throws on nonsense. */
function fakeGlobalShortcut(heldByOtherApps: string[] = [], refusedWithAnError: string[] = []) {
  const ours = new Map<string, () => void>()
  const shortcut = {
    register: vi.fn((accelerator: string, callback: () => void) => {
      if (refusedWithAnError.includes(accelerator)) throw new Error('Failed to register the shortcut')
      if (heldByOtherApps.includes(accelerator) || ours.has(accelerator)) return false
      ours.set(accelerator, callback)
      return true
    }),
    unregister: vi.fn((accelerator: string) => void ours.delete(accelerator)),
  }
  const press = (accelerator: string) => ours.get(accelerator)?.()
  return { globalShortcut: shortcut as unknown as GlobalShortcut, shortcut, ours, press }
}

describe('createHotkey', () => {
  it('registers the first accelerator and calls back when it is pressed', () => {
    const { globalShortcut, ours, press } = fakeGlobalShortcut()
    const onPress = vi.fn()
    const hotkey = createHotkey(globalShortcut, onPress)
    expect(hotkey.current()).toBeNull()
    expect(hotkey.change('CommandOrControl+Alt+K')).toEqual({ ok: true })
    expect(hotkey.current()).toBe('CommandOrControl+Alt+K')
    expect([...ours.keys()]).toEqual(['CommandOrControl+Alt+K'])
    press('CommandOrControl+Alt+K')
    expect(onPress).toHaveBeenCalledOnce()
  })

  it('switches to a new accelerator and lets go of the old one', () => {
    const { globalShortcut, ours } = fakeGlobalShortcut()
    const hotkey = createHotkey(globalShortcut, vi.fn())
    hotkey.change('CommandOrControl+Alt+K')
    expect(hotkey.change('Alt+Shift+B')).toEqual({ ok: true })
    expect([...ours.keys()]).toEqual(['Alt+Shift+B'])
    expect(hotkey.current()).toBe('Alt+Shift+B')
  })

  it('keeps the previous accelerator when the new one is taken by another app', () => {
    const { globalShortcut, shortcut, ours } = fakeGlobalShortcut(['Ctrl+Alt+T'])
    const hotkey = createHotkey(globalShortcut, vi.fn())
    hotkey.change('CommandOrControl+Alt+K')
    expect(hotkey.change('Ctrl+Alt+T')).toEqual({ ok: false, reason: 'unavailable' })
    expect(hotkey.current()).toBe('CommandOrControl+Alt+K')
    expect([...ours.keys()]).toEqual(['CommandOrControl+Alt+K'])
    expect(shortcut.unregister).not.toHaveBeenCalled()
  })

  it('reports a registration that throws as unavailable, keeping the previous one', () => {
    const { globalShortcut, ours } = fakeGlobalShortcut([], ['Super+Plus'])
    const hotkey = createHotkey(globalShortcut, vi.fn())
    hotkey.change('CommandOrControl+Alt+K')
    expect(hotkey.change('Super+Plus')).toEqual({ ok: false, reason: 'unavailable' })
    expect([...ours.keys()]).toEqual(['CommandOrControl+Alt+K'])
  })

  it('says unavailable when even the first accelerator cannot be had, and holds nothing', () => {
    const { globalShortcut, ours } = fakeGlobalShortcut(['CommandOrControl+Alt+K'])
    const hotkey = createHotkey(globalShortcut, vi.fn())
    expect(hotkey.change('CommandOrControl+Alt+K')).toEqual({ ok: false, reason: 'unavailable' })
    expect(hotkey.current()).toBeNull()
    expect(ours.size).toBe(0)
  })

  it.each([
    ['', 'empty'],
    ['K', 'no-modifier'],
    ['Ctrl+Alt', 'no-key'],
    ['Ctrl+K+J', 'several-keys'],
    ['Ctrl+Banana', 'unknown-part'],
  ])('refuses %j (%s) before asking Electron, keeping the previous one', (accelerator, reason) => {
    const { globalShortcut, shortcut, ours } = fakeGlobalShortcut()
    const hotkey = createHotkey(globalShortcut, vi.fn())
    hotkey.change('CommandOrControl+Alt+K')
    shortcut.register.mockClear()
    expect(hotkey.change(accelerator)).toEqual({ ok: false, reason })
    expect(shortcut.register).not.toHaveBeenCalled()
    expect([...ours.keys()]).toEqual(['CommandOrControl+Alt+K'])
  })

  it('treats the same accelerator (after trimming) as no change, rather than a clash with itself', () => {
    const { globalShortcut, shortcut } = fakeGlobalShortcut()
    const hotkey = createHotkey(globalShortcut, vi.fn())
    hotkey.change('Alt+Shift+B')
    shortcut.register.mockClear()
    expect(hotkey.change(' Alt+Shift+B ')).toEqual({ ok: true })
    expect(shortcut.register).not.toHaveBeenCalled()
    expect(hotkey.current()).toBe('Alt+Shift+B')
  })

  it('lets go of its accelerator on dispose, once', () => {
    const { globalShortcut, shortcut, ours } = fakeGlobalShortcut()
    const hotkey = createHotkey(globalShortcut, vi.fn())
    hotkey.change('Alt+Shift+B')
    hotkey.dispose()
    hotkey.dispose()
    expect(ours.size).toBe(0)
    expect(hotkey.current()).toBeNull()
    expect(shortcut.unregister).toHaveBeenCalledTimes(1)
  })
})
