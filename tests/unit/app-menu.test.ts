import type { Menu as MenuClass, MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { mainText } from '../../electron/common/catalog/main-index'
import { setAppMenu } from '../../electron/platform/app-menu'

/** Electron's Menu as the app uses it: records the templates built and the menus set. */
function recordingMenu() {
  const built: MenuItemConstructorOptions[][] = []
  const set: ({ template: MenuItemConstructorOptions[] } | null)[] = []
  const Menu = {
    buildFromTemplate(template: MenuItemConstructorOptions[]) {
      built.push(template)
      return { template }
    },
    setApplicationMenu(menu: { template: MenuItemConstructorOptions[] } | null) {
      set.push(menu)
    },
  }
  return { Menu: Menu as unknown as typeof MenuClass, built, set }
}

/** Every item of a template, submenus included. */
function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])])
}

const labels = mainText.en.menus

describe('setAppMenu', () => {
  it.each(['linux', 'win32'] as const)('%s: sets no menu at all (no menu bar on the practice window, no Ctrl+R)', (platform) => {
    const { Menu, built, set } = recordingMenu()
    setAppMenu(Menu, platform, labels)
    expect(set).toEqual([null])
    expect(built).toEqual([])
  })

  describe('macOS', () => {
    const { Menu, set } = recordingMenu()
    setAppMenu(Menu, 'darwin', labels)
    const template = set[0]?.template ?? []
    const roles = allItems(template).map((item) => item.role).filter(Boolean)

    it('sets one menu', () => {
      expect(set).toHaveLength(1)
      expect(template.length).toBeGreaterThan(0)
    })

    it('offers no reload and no developer tools, not even through the ready-made View menu', () => {
      for (const role of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu']) {
        expect(roles, role).not.toContain(role)
      }
    })

    it('offers Quit, worded in the person\'s language', () => {
      const quit = allItems(template).filter((item) => item.role === 'quit')
      expect(quit).toHaveLength(1)
      expect(quit[0]?.label).toBe(labels.quit)
    })

    it('offers an Edit menu with cut, copy, paste and select all, so ⌘C and ⌘V work in the text fields', () => {
      const edit = template.find((item) => item.label === labels.edit)
      const editRoles = allItems(Array.isArray(edit?.submenu) ? edit.submenu : []).map((item) => item.role)
      expect(editRoles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']))
    })
  })

  it('macOS in Spanish: the menus carry the Spanish words', () => {
    const { Menu, set } = recordingMenu()
    setAppMenu(Menu, 'darwin', mainText.es.menus)
    const labelsShown = allItems(set[0]?.template ?? []).map((item) => item.label)
    expect(labelsShown).toEqual(expect.arrayContaining(['Edición', 'Salir de Kindbreak']))
  })
})
