import { EventEmitter } from 'node:events'
import type { App, ContextMenuParams, Menu as MenuClass, MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { mainText } from '../../electron/common/catalog/main-index'
import { offerTextMenu, textMenuTemplate } from '../../electron/platform/text-menu'

type Params = Parameters<typeof textMenuTemplate>[0]

const labels = mainText.en.menus
const noEdits: ContextMenuParams['editFlags'] = {
  canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: false, canDelete: false, canSelectAll: true, canEditRichly: false,
}

/** A right click as Electron describes it: by default in a text field with nothing selected and nothing misspelt. */
function rightClick(overrides: Partial<Params> = {}): Params {
  return { isEditable: true, misspelledWord: '', dictionarySuggestions: [], editFlags: { ...noEdits, canPaste: true }, selectionText: '', ...overrides }
}

/** The menu as a person reads it: labels, '—' for separators, and which entries are greyed out. */
const shape = (template: MenuItemConstructorOptions[]) =>
  template.map((item) => (item.type === 'separator' ? '—' : `${item.label ?? ''}${item.enabled === false ? ' (off)' : ''}`))

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.()

describe('textMenuTemplate', () => {
  it('in a text field: cut, copy, paste, then select all, each enabled as Electron says', () => {
    const template = textMenuTemplate(rightClick({ editFlags: { ...noEdits, canCopy: true, canPaste: true } }), labels, vi.fn())
    expect(shape(template)).toEqual(['Cut (off)', 'Copy', 'Paste', '—', 'Select all'])
    expect(template.map((item) => item.role)).toEqual(['cut', 'copy', 'paste', undefined, 'selectAll'])
  })

  it.each([
    [{ canCut: true, canCopy: true, canPaste: false }, ['Cut', 'Copy', 'Paste (off)']],
    [{ canCut: false, canCopy: false, canPaste: false }, ['Cut (off)', 'Copy (off)', 'Paste (off)']],
    [{ canCut: true, canCopy: true, canPaste: true }, ['Cut', 'Copy', 'Paste']],
  ])('follows the edit flags %j', (flags, expected) => {
    expect(shape(textMenuTemplate(rightClick({ editFlags: { ...noEdits, ...flags } }), labels, vi.fn())).slice(0, 3)).toEqual(expected)
  })

  it('outside a text field: only copy (when something is selected) and select all', () => {
    const selected = textMenuTemplate(rightClick({ isEditable: false, selectionText: 'be kind', editFlags: { ...noEdits, canCut: true, canPaste: true } }), labels, vi.fn())
    expect(shape(selected)).toEqual(['Copy', '—', 'Select all'])
    expect(selected.map((item) => item.role)).toEqual(['copy', undefined, 'selectAll'])
    const nothingSelected = textMenuTemplate(rightClick({ isEditable: false, selectionText: '' }), labels, vi.fn())
    expect(shape(nothingSelected)).toEqual(['Copy (off)', '—', 'Select all'])
  })

  it('puts the suggestions for a misspelt word first, then a separator, and a click replaces the word', () => {
    const replace = vi.fn()
    const template = textMenuTemplate(rightClick({ misspelledWord: 'kidness', dictionarySuggestions: ['kindness', 'kidneys'] }), labels, replace)
    expect(shape(template)).toEqual(['kindness', 'kidneys', '—', 'Cut (off)', 'Copy (off)', 'Paste', '—', 'Select all'])
    click(template[1])
    expect(replace).toHaveBeenCalledExactlyOnceWith('kidneys')
    click(template[0])
    expect(replace).toHaveBeenLastCalledWith('kindness')
  })

  it('offers at most five suggestions, the first five, in order', () => {
    const suggestions = ['one', 'two', 'three', 'four', 'five', 'six', 'seven']
    const template = textMenuTemplate(rightClick({ misspelledWord: 'onw', dictionarySuggestions: suggestions }), labels, vi.fn())
    expect(shape(template).slice(0, 6)).toEqual(['one', 'two', 'three', 'four', 'five', '—'])
    expect(shape(template)).not.toContain('six')
  })

  it('a misspelt word without suggestions adds nothing, not even a separator', () => {
    expect(shape(textMenuTemplate(rightClick({ misspelledWord: 'zxqv', dictionarySuggestions: [] }), labels, vi.fn()))).toEqual([
      'Cut (off)', 'Copy (off)', 'Paste', '—', 'Select all',
    ])
  })

  it('ignores suggestions when the word under the pointer is not misspelt', () => {
    expect(shape(textMenuTemplate(rightClick({ misspelledWord: '', dictionarySuggestions: ['kindness'] }), labels, vi.fn()))).not.toContain('kindness')
  })

  it('speaks the person\'s language', () => {
    const template = textMenuTemplate(rightClick({ editFlags: { ...noEdits, canCut: true, canCopy: true, canPaste: true } }), mainText.es.menus, vi.fn())
    expect(shape(template)).toEqual(['Cortar', 'Copiar', 'Pegar', '—', 'Seleccionar todo'])
  })
})

describe('offerTextMenu', () => {
  function wired() {
    const app = new EventEmitter()
    const popups: MenuItemConstructorOptions[][] = []
    const Menu = { buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ popup: () => void popups.push(template) }) }
    let language = mainText.en.menus
    offerTextMenu(app as unknown as App, Menu as unknown as typeof MenuClass, () => language)
    /** A window's page, as Electron hands it over when it is made. */
    const page = () => {
      const contents = Object.assign(new EventEmitter(), { replaceMisspelling: vi.fn() })
      app.emit('web-contents-created', {}, contents)
      return contents
    }
    return { page, popups, setLanguage: (next: typeof language) => void (language = next) }
  }

  it('pops the menu up on a right click in any page, in the language of the moment', () => {
    const { page, popups, setLanguage } = wired()
    const contents = page()
    contents.emit('context-menu', {}, rightClick())
    expect(popups.map(shape)).toEqual([['Cut (off)', 'Copy (off)', 'Paste', '—', 'Select all']])
    setLanguage(mainText.es.menus)
    page().emit('context-menu', {}, rightClick())
    expect(shape(popups[1] ?? [])).toContain('Pegar')
  })

  it('a chosen suggestion replaces the word in the page that was clicked', () => {
    const { page, popups } = wired()
    const first = page()
    const second = page()
    second.emit('context-menu', {}, rightClick({ misspelledWord: 'kidness', dictionarySuggestions: ['kindness'] }))
    click(popups[0]?.[0])
    expect(second.replaceMisspelling).toHaveBeenCalledExactlyOnceWith('kindness')
    expect(first.replaceMisspelling).not.toHaveBeenCalled()
  })
})
