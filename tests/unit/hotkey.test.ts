import type { GlobalShortcut } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createHotkey, type HotkeyOptions } from '../../electron/platform/hotkey'

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
    unregisterAll: vi.fn(() => ours.clear()),
  }
  const press = (accelerator: string) => ours.get(accelerator)?.()
  return { globalShortcut: shortcut as unknown as GlobalShortcut, shortcut, ours, press }
}

/** What the app passes: X11, Windows and macOS by default, where register()'s answer is final. */
function options(overrides: Partial<HotkeyOptions> = {}): HotkeyOptions {
  return { onPress: vi.fn(), needsConfirmation: false, onStatusChange: vi.fn(), ...overrides }
}

describe('createHotkey', () => {
  it('registers the first accelerator and calls back when it is pressed', () => {
    const { globalShortcut, ours, press } = fakeGlobalShortcut()
    const onPress = vi.fn()
    const hotkey = createHotkey(globalShortcut, options({ onPress }))
    expect(hotkey.current()).toBeNull()
    expect(hotkey.change('CommandOrControl+Alt+K')).toEqual({ ok: true })
    expect(hotkey.current()).toBe('CommandOrControl+Alt+K')
    expect([...ours.keys()]).toEqual(['CommandOrControl+Alt+K'])
    press('CommandOrControl+Alt+K')
    expect(onPress).toHaveBeenCalledOnce()
  })

  it('switches to a new accelerator and lets go of the old one', () => {
    const { globalShortcut, ours } = fakeGlobalShortcut()
    const hotkey = createHotkey(globalShortcut, options())
    hotkey.change('CommandOrControl+Alt+K')
    expect(hotkey.change('Alt+Shift+B')).toEqual({ ok: true })
    expect([...ours.keys()]).toEqual(['Alt+Shift+B'])
    expect(hotkey.current()).toBe('Alt+Shift+B')
  })

  it('keeps the previous accelerator when the new one is taken by another app', () => {
    const { globalShortcut, shortcut, ours } = fakeGlobalShortcut(['Ctrl+Alt+T'])
    const hotkey = createHotkey(globalShortcut, options())
    hotkey.change('CommandOrControl+Alt+K')
    expect(hotkey.change('Ctrl+Alt+T')).toEqual({ ok: false, reason: 'unavailable' })
    expect(hotkey.current()).toBe('CommandOrControl+Alt+K')
    expect([...ours.keys()]).toEqual(['CommandOrControl+Alt+K'])
    expect(shortcut.unregister).not.toHaveBeenCalled()
  })

  it('reports a registration that throws as unavailable, keeping the previous one', () => {
    const { globalShortcut, ours } = fakeGlobalShortcut([], ['Super+Plus'])
    const hotkey = createHotkey(globalShortcut, options())
    hotkey.change('CommandOrControl+Alt+K')
    expect(hotkey.change('Super+Plus')).toEqual({ ok: false, reason: 'unavailable' })
    expect([...ours.keys()]).toEqual(['CommandOrControl+Alt+K'])
  })

  it('says unavailable when even the first accelerator cannot be had, and holds nothing', () => {
    const { globalShortcut, ours } = fakeGlobalShortcut(['CommandOrControl+Alt+K'])
    const hotkey = createHotkey(globalShortcut, options())
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
    const hotkey = createHotkey(globalShortcut, options())
    hotkey.change('CommandOrControl+Alt+K')
    shortcut.register.mockClear()
    expect(hotkey.change(accelerator)).toEqual({ ok: false, reason })
    expect(shortcut.register).not.toHaveBeenCalled()
    expect([...ours.keys()]).toEqual(['CommandOrControl+Alt+K'])
  })

  it('treats the same accelerator (after trimming) as no change, rather than a clash with itself', () => {
    const { globalShortcut, shortcut } = fakeGlobalShortcut()
    const hotkey = createHotkey(globalShortcut, options())
    hotkey.change('Alt+Shift+B')
    shortcut.register.mockClear()
    expect(hotkey.change(' Alt+Shift+B ')).toEqual({ ok: true })
    expect(shortcut.register).not.toHaveBeenCalled()
    expect(hotkey.current()).toBe('Alt+Shift+B')
  })

  it('lets go of everything on dispose, once, with unregisterAll', () => {
    const { globalShortcut, shortcut, ours } = fakeGlobalShortcut()
    const hotkey = createHotkey(globalShortcut, options())
    hotkey.change('Alt+Shift+B')
    hotkey.dispose()
    hotkey.dispose()
    expect(ours.size).toBe(0)
    expect(hotkey.current()).toBeNull()
    expect(hotkey.status()).toBe('unavailable')
    expect(shortcut.unregisterAll).toHaveBeenCalledTimes(1)
    expect(shortcut.unregister).not.toHaveBeenCalled()
  })

  it('works at once where register() answers for good (X11, Windows, macOS), and says so without a press', () => {
    const { globalShortcut, press } = fakeGlobalShortcut()
    const onStatusChange = vi.fn()
    const hotkey = createHotkey(globalShortcut, options({ onStatusChange }))
    expect(hotkey.status()).toBe('unavailable')
    hotkey.change('Alt+Shift+B')
    expect(hotkey.status()).toBe('works')
    press('Alt+Shift+B')
    expect(onStatusChange).not.toHaveBeenCalled()
  })

  it('is still unavailable when the first accelerator is refused', () => {
    const { globalShortcut } = fakeGlobalShortcut(['Alt+Shift+B'])
    const hotkey = createHotkey(globalShortcut, options({ needsConfirmation: true }))
    hotkey.change('Alt+Shift+B')
    expect(hotkey.status()).toBe('unavailable')
  })
})

/**
 * Electron's globalShortcut on Wayland, through the GlobalShortcuts portal (api/electron_api_global_shortcut.cc):
 * register() says yes at once (the desktop binds later, or never) and keeps one callback per accelerator,
 * the latest; unregister() does not let go of it, and only unregisterAll() does.
 */
function fakePortalShortcut() {
  const bindings = new Map<string, () => void>()
  const shortcut = {
    register: vi.fn((accelerator: string, callback: () => void) => {
      bindings.set(accelerator, callback)
      return true
    }),
    unregister: vi.fn(),
    unregisterAll: vi.fn(() => bindings.clear()),
  }
  const press = (accelerator: string) => bindings.get(accelerator)?.()
  return { globalShortcut: shortcut as unknown as GlobalShortcut, shortcut, bindings, press }
}

describe('createHotkey where the desktop confirms later (Wayland)', () => {
  function started() {
    const portal = fakePortalShortcut()
    const onPress = vi.fn()
    const onStatusChange = vi.fn()
    const hotkey = createHotkey(portal.globalShortcut, { onPress, needsConfirmation: true, onStatusChange })
    return { ...portal, hotkey, onPress, onStatusChange }
  }

  it('waits after a change, and works from the first press on, saying so once', () => {
    const { hotkey, press, onPress, onStatusChange } = started()
    expect(hotkey.change('CommandOrControl+Alt+K')).toEqual({ ok: true })
    expect(hotkey.status()).toBe('waiting')
    expect(onStatusChange).not.toHaveBeenCalled()

    press('CommandOrControl+Alt+K')
    expect(hotkey.status()).toBe('works')
    expect(onStatusChange).toHaveBeenCalledOnce()
    expect(onPress).toHaveBeenCalledOnce()

    press('CommandOrControl+Alt+K')
    expect(onStatusChange).toHaveBeenCalledOnce()
    expect(onPress).toHaveBeenCalledTimes(2)
  })

  it('ignores presses of the old accelerator after a change, though the portal still delivers them', () => {
    const { hotkey, press, bindings, onPress, onStatusChange } = started()
    hotkey.change('CommandOrControl+Alt+K')
    press('CommandOrControl+Alt+K')
    expect(onPress).toHaveBeenCalledOnce()

    expect(hotkey.change('Alt+Shift+B')).toEqual({ ok: true })
    // The old binding is still there: unregister() did not let go.
    expect([...bindings.keys()]).toContain('CommandOrControl+Alt+K')
    expect(hotkey.status()).toBe('waiting')
    press('CommandOrControl+Alt+K')
    expect(onPress).toHaveBeenCalledOnce()
    expect(hotkey.status()).toBe('waiting')
    expect(onStatusChange).toHaveBeenCalledOnce()

    press('Alt+Shift+B')
    expect(onPress).toHaveBeenCalledTimes(2)
    expect(hotkey.status()).toBe('works')
    expect(onStatusChange).toHaveBeenCalledTimes(2)
  })

  it('counts presses of an accelerator chosen again after another one', () => {
    const { hotkey, press, onPress } = started()
    hotkey.change('CommandOrControl+Alt+K')
    hotkey.change('Alt+Shift+B')
    hotkey.change('CommandOrControl+Alt+K')
    press('Alt+Shift+B')
    expect(onPress).not.toHaveBeenCalled()
    press('CommandOrControl+Alt+K')
    expect(onPress).toHaveBeenCalledOnce()
    expect(hotkey.status()).toBe('works')
  })

  it('keeps a proven accelerator working when a new one is refused before Electron is asked', () => {
    const { hotkey, press, shortcut } = started()
    hotkey.change('Alt+Shift+B')
    press('Alt+Shift+B')
    shortcut.register.mockClear()
    expect(hotkey.change('K')).toEqual({ ok: false, reason: 'no-modifier' })
    expect(shortcut.register).not.toHaveBeenCalled()
    expect(hotkey.status()).toBe('works')
    expect(hotkey.current()).toBe('Alt+Shift+B')
  })

  it('lets go of the portal bindings on dispose with unregisterAll, and a late press does nothing', () => {
    const { hotkey, bindings, shortcut, onPress } = started()
    hotkey.change('CommandOrControl+Alt+K')
    hotkey.change('Alt+Shift+B')
    const before = [...bindings.values()]
    hotkey.dispose()
    expect(shortcut.unregisterAll).toHaveBeenCalledOnce()
    expect(bindings.size).toBe(0)
    expect(hotkey.status()).toBe('unavailable')
    // Even a binding the desktop fires once more after letting go is not a press.
    before.forEach((callback) => callback())
    expect(onPress).not.toHaveBeenCalled()
  })
})
