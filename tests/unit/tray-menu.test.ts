import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { Command } from '../../electron/core/commands'
import { locales } from '../../electron/common/locale'
import { mainText } from '../../electron/common/catalog/main-index'
import { pauseChoices } from '../../electron/core/scheduler/pause'
import { buildTrayMenu, type TrayItem } from '../../electron/core/tray-menu'
import { createTray, toMenuTemplate, type TrayView } from '../../electron/platform/tray'

const labelsOf = (items: TrayItem[]) => items.filter((item) => item.kind !== 'separator').map((item) => ('label' in item ? item.label : ''))
const commandsOf = (items: TrayItem[]): (Command | string)[] =>
  items.flatMap((item) => {
    if (item.kind === 'action') return [item.command]
    if (item.kind === 'submenu') return [item.kind, ...commandsOf(item.items)]
    return [item.kind]
  })

const running = { pause: true, resumeBreaks: false, skipNext: true }
const paused = { pause: false, resumeBreaks: true, skipNext: false }
const pauseLabels = pauseChoices.map((choice) => mainText.en.tray.pauseOptions[choice])

describe('buildTrayMenu', () => {
  const menu = buildTrayMenu(mainText.en.tray, 'A break every 45 min', running)

  it('offers the foundation items, in order, in English', () => {
    expect(labelsOf(menu)).toEqual([
      'Take a break now', 'Breathe', 'Soothing touch', 'Reframe a thought', 'A break every 45 min',
      'Pause breaks', 'Skip next break', 'Journal', 'All practices', 'A gentle path', 'Settings', 'Quit Kindbreak',
    ])
  })

  it('sends each action to its screen or command, and Quit to quit', () => {
    const actions = menu.filter((item) => item.kind === 'action')
    expect(Object.fromEntries(actions.map((item) => [item.label, item.command]))).toEqual({
      'Take a break now': { kind: 'open', screen: 'break' },
      Breathe: { kind: 'open', screen: 'breathe' },
      'Soothing touch': { kind: 'open', screen: 'touch' },
      'Reframe a thought': { kind: 'open', screen: 'reframe' },
      'Skip next break': { kind: 'skip-next' },
      Journal: { kind: 'open', screen: 'journal' },
      'All practices': { kind: 'open', screen: 'library' },
      'A gentle path': { kind: 'open', screen: 'path' },
      Settings: { kind: 'open', screen: 'settings' },
      'Quit Kindbreak': { kind: 'quit' },
    })
  })

  it('shows the status line as status (drawn disabled), not as an action', () => {
    expect(menu.filter((item) => item.kind === 'status')).toEqual([{ kind: 'status', label: 'A break every 45 min' }])
  })

  it('puts every pause choice in the Pause breaks submenu, in order, each pausing for that choice', () => {
    const pause = menu.find((item) => item.kind === 'submenu')
    expect(pause?.label).toBe('Pause breaks')
    expect(pause?.kind === 'submenu' && pause.items).toEqual(
      pauseChoices.map((choice) => ({ kind: 'action', label: mainText.en.tray.pauseOptions[choice], command: { kind: 'pause', choice } })),
    )
  })

  it('offers Resume breaks in place of the pause submenu while paused, and greys out Skip next break', () => {
    const whilePaused = buildTrayMenu(mainText.en.tray, 'Breaks paused', paused)
    expect(labelsOf(whilePaused)).toEqual([
      'Take a break now', 'Breathe', 'Soothing touch', 'Reframe a thought', 'Breaks paused',
      'Resume breaks', 'Skip next break', 'Journal', 'All practices', 'A gentle path', 'Settings', 'Quit Kindbreak',
    ])
    expect(whilePaused.find((item) => item.kind === 'action' && item.label === 'Resume breaks')).toMatchObject({ command: { kind: 'resume-breaks' } })
    expect(whilePaused.some((item) => item.kind === 'submenu')).toBe(false)
    expect(whilePaused.find((item) => item.kind === 'action' && item.label === 'Skip next break')).toMatchObject({ enabled: false })
    expect(menu.find((item) => item.kind === 'action' && item.label === 'Skip next break')).toMatchObject({ enabled: true })
  })

  it('groups with separators, never two in a row, never first or last', () => {
    const kinds = menu.map((item) => item.kind)
    expect(kinds.at(0)).not.toBe('separator')
    expect(kinds.at(-1)).not.toBe('separator')
    expect(kinds.join(',')).not.toContain('separator,separator')
    expect(kinds.filter((kind) => kind === 'separator')).toHaveLength(3)
  })

  it.each(locales)('gives the same structure and commands in %s', (locale) => {
    for (const actions of [running, paused]) {
      const localised = buildTrayMenu(mainText[locale].tray, 'status', actions)
      expect(commandsOf(localised)).toEqual(commandsOf(buildTrayMenu(mainText.en.tray, 'status', actions)))
    }
  })
})

describe('toMenuTemplate', () => {
  it('turns items into Electron menu entries, and clicking an action runs its command', () => {
    const onCommand = vi.fn()
    const template = toMenuTemplate(buildTrayMenu(mainText.en.tray, 'status line', running), onCommand)
    const status = template.find((entry) => entry.label === 'status line')
    expect(status).toEqual({ label: 'status line', enabled: false })
    expect(template.filter((entry) => entry.type === 'separator')).toHaveLength(3)

    const click = (entry: MenuItemConstructorOptions | undefined) => (entry?.click as (() => void) | undefined)?.()
    click(template.find((entry) => entry.label === 'Breathe'))
    expect(onCommand).toHaveBeenLastCalledWith({ kind: 'open', screen: 'breathe' })
    click(template.find((entry) => entry.label === 'Quit Kindbreak'))
    expect(onCommand).toHaveBeenLastCalledWith({ kind: 'quit' })

    const submenu = template.find((entry) => entry.label === 'Pause breaks')?.submenu as MenuItemConstructorOptions[]
    expect(submenu.map((entry) => entry.label)).toEqual(pauseLabels)
    click(submenu[0])
    expect(onCommand).toHaveBeenLastCalledWith({ kind: 'pause', choice: pauseChoices[0] })
    expect(onCommand).toHaveBeenCalledTimes(3)
  })

  it('keeps a disabled action visible but not clickable', () => {
    const template = toMenuTemplate(buildTrayMenu(mainText.en.tray, 'status', paused), vi.fn())
    expect(template.find((entry) => entry.label === 'Skip next break')?.enabled).toBe(false)
    expect(template.find((entry) => entry.label === 'Journal')?.enabled).toBe(true)
  })
})

describe('createTray', () => {
  function fakeElectronTray() {
    const calls: string[] = []
    const built: MenuItemConstructorOptions[][] = []
    const listeners = new Map<string, (() => void)[]>()
    class FakeTray {
      constructor(image: unknown) {
        calls.push(`new ${String(image)}`)
      }
      setImage(image: unknown) { calls.push(`image ${String(image)}`) }
      setToolTip(text: string) { calls.push(`tooltip ${text}`) }
      setContextMenu() { calls.push('menu') }
      destroy() { calls.push('destroy') }
      on(event: string, listener: () => void) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener])
        return this
      }
    }
    /** What Electron does when the person clicks the icon itself. */
    const click = () => (listeners.get('click') ?? []).forEach((listener) => listener())
    const deps = {
      Tray: FakeTray as never,
      Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => { built.push(template); return {} as never } },
      createImage: (file: string) => `img:${file}` as never,
    }
    return { deps, calls, built, listeners, click }
  }
  const view = (status: string, iconPath = 'tray.png'): TrayView => ({
    items: buildTrayMenu(mainText.en.tray, status, running), tooltip: `Kindbreak: ${status}`, iconPath,
  })

  it('draws icon, tooltip and menu once at first', () => {
    const { deps, calls } = fakeElectronTray()
    createTray(deps, vi.fn(), view('every 45 min'), null)
    expect(calls[0]).toBe('new img:tray.png')
    expect(calls.filter((call) => call.startsWith('tooltip'))).toEqual(['tooltip Kindbreak: every 45 min'])
    expect(calls.filter((call) => call === 'menu')).toHaveLength(1)
  })

  it('redraws only what changed', () => {
    const { deps, calls } = fakeElectronTray()
    const tray = createTray(deps, vi.fn(), view('every 45 min'), null)
    calls.length = 0
    tray.render(view('every 45 min'))
    expect(calls).toEqual([])
    tray.render(view('every 30 min'))
    expect(calls).toEqual(['tooltip Kindbreak: every 30 min', 'menu'])
    calls.length = 0
    tray.render(view('every 30 min', 'tray-dark.png'))
    expect(calls).toEqual(['image img:tray-dark.png'])
  })

  it('routes menu clicks to the command handler and destroys the native tray', () => {
    const { deps, calls, built } = fakeElectronTray()
    const onCommand = vi.fn()
    const tray = createTray(deps, onCommand, view('status'), null)
    ;(built[0]?.find((entry) => entry.label === 'Journal')?.click as () => void)()
    expect(onCommand).toHaveBeenCalledWith({ kind: 'open', screen: 'journal' })
    tray.destroy()
    expect(calls.at(-1)).toBe('destroy')
  })

  it('answers a click on the icon itself when asked to (Windows, Linux), and runs no menu command for it', () => {
    const { deps, click } = fakeElectronTray()
    const onCommand = vi.fn()
    const onClick = vi.fn()
    createTray(deps, onCommand, view('status'), onClick)
    expect(onClick).not.toHaveBeenCalled()
    click()
    expect(onClick).toHaveBeenCalledOnce()
    expect(onCommand).not.toHaveBeenCalled()
  })

  it('leaves the icon\'s click alone without a handler (macOS opens the menu on it)', () => {
    const { deps, listeners } = fakeElectronTray()
    createTray(deps, vi.fn(), view('status'), null)
    expect(listeners.has('click')).toBe(false)
  })
})
