import type { App, ContextMenuParams, Menu as MenuClass, MenuItemConstructorOptions, WebContents } from 'electron'

export interface TextMenuLabels {
  cut: string
  copy: string
  paste: string
  selectAll: string
}

/**
 * What a right click offers: spelling suggestions for the word under the pointer (where the system checks
 * spelling), then cut, copy, paste and select all in a text field, or copy and select all elsewhere.
 * Electron shows no menu of its own (docs/api/web-contents.md, 'context-menu'), so without this a person
 * could not paste with the mouse or pick a suggestion.
 */
export function textMenuTemplate(params: Pick<ContextMenuParams, 'isEditable' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags' | 'selectionText'>, labels: TextMenuLabels, replaceMisspelling: (word: string) => void): MenuItemConstructorOptions[] {
  const suggestions: MenuItemConstructorOptions[] = params.misspelledWord
    ? params.dictionarySuggestions.slice(0, 5).map((word) => ({ label: word, click: () => replaceMisspelling(word) }))
    : []
  const editing: MenuItemConstructorOptions[] = params.isEditable
    ? [
        { role: 'cut', label: labels.cut, enabled: params.editFlags.canCut },
        { role: 'copy', label: labels.copy, enabled: params.editFlags.canCopy },
        { role: 'paste', label: labels.paste, enabled: params.editFlags.canPaste },
      ]
    : [{ role: 'copy', label: labels.copy, enabled: params.selectionText !== '' }]
  return [
    ...suggestions,
    ...(suggestions.length > 0 ? [{ type: 'separator' } as const] : []),
    ...editing,
    { type: 'separator' },
    { role: 'selectAll', label: labels.selectAll },
  ]
}

/** Pops the text menu up on every right click in every window the app makes, worded in the current language. */
export function offerTextMenu(app: App, Menu: typeof MenuClass, labels: () => TextMenuLabels): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('context-menu', (_menuEvent, params) => {
      Menu.buildFromTemplate(textMenuTemplate(params, labels(), (word) => contents.replaceMisspelling(word))).popup()
    })
  })
}
